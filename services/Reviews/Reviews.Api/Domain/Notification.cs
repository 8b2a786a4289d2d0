namespace Reviews.Api.Domain;

/// <summary>
/// The facts needed to decide whether a review is due. Nothing here identifies anyone: names go only into the
/// restricted case record.
/// </summary>
/// <param name="AbuseConcerns">The death has, or appears to have, resulted from violence, abuse or neglect; for a
/// suicide, the circumstances give rise to concern.</param>
public sealed record Notification(
    DateOnly DiedOn,
    string District,
    int VictimAge,
    Relationship Relationship,
    bool Suicide,
    bool AbuseConcerns,
    bool CriminalInvestigationOpen,
    CriminalOutcome CriminalOutcome);
