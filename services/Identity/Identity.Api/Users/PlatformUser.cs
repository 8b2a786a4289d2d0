namespace Identity.Api.Users;

/// <summary>What a person's tokens say about them: who, for which agency, in which roles and district.</summary>
public sealed record PlatformUser(string Subject, string DisplayName, string Agency, IReadOnlyList<string> Roles, string? District);
