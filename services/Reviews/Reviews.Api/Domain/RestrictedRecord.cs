namespace Reviews.Api.Domain;

/// <summary>A contact with the family, e.g. through their advocate.</summary>
public sealed record FamilyContact(DateOnly On, string Summary);

/// <summary>What the family agreed or asked for; all of it identifying, so all of it restricted.</summary>
public sealed record FamilyEngagement(
    string? AdvocacyService = null,
    string? VictimPseudonym = null,
    string? PerpetratorPseudonym = null,
    string? PenPortrait = null,
    DateOnly? FamilyReadDraftOn = null);

/// <summary>
/// The only place names and identifying details of a review live. Readable by review managers and the review's own
/// chair and panel; every read and change is audited; never logged, traced or sent in events.
/// </summary>
public sealed class RestrictedRecord
{
    private RestrictedRecord()
    {
    }

    public Guid ReviewId { get; private set; }

    public string? VictimName { get; private set; }

    public string? PerpetratorName { get; private set; }

    public string? Notes { get; private set; }

    public FamilyEngagement Family { get; private set; } = new();

    public IReadOnlyList<FamilyContact> FamilyContacts { get; private set; } = [];

    public uint Version { get; private set; }

    public static RestrictedRecord Open(Guid reviewId, string? victimName, string? perpetratorName) =>
        new() { ReviewId = reviewId, VictimName = victimName, PerpetratorName = perpetratorName };

    public void Update(string? victimName, string? perpetratorName, string? notes, FamilyEngagement family)
    {
        ArgumentNullException.ThrowIfNull(family);
        VictimName = victimName;
        PerpetratorName = perpetratorName;
        Notes = notes;
        Family = family;
    }

    public void LogFamilyContact(FamilyContact contact)
    {
        ArgumentNullException.ThrowIfNull(contact);
        FamilyContacts = [.. FamilyContacts, contact];
    }
}
