namespace Reviews.Api.Domain;

/// <param name="UserId">The chair's platform account (token subject), which lets them read the restricted record.</param>
public sealed record IndependentChair(string Name, string? UserId, string TenderReference, DateOnly AppointedOn);

/// <param name="Agency">Agency slug.</param>
/// <param name="UserId">The member's platform account (token subject).</param>
public sealed record PanelMember(string Agency, string UserId);

public sealed record Commissioning(IndependentChair Chair, IReadOnlyList<PanelMember> Panel, string TermsOfReference);
