using Reviews.Api.Domain;

namespace Reviews.Api.Cases;

/// <summary>
/// Names, family details and family engagement, for review managers and the review's own chair and panel only.
/// Each read and change is audited by review id; the audit keeps no content, so the log itself holds no names.
/// </summary>
/// <param name="History">Who overwrote which field when, with the value it held.</param>
/// <param name="Version">Send back as <c>If-Match</c> when overwriting the record.</param>
public sealed record RestrictedRecordResponse(
    Guid ReviewId,
    string? VictimName,
    string? PerpetratorName,
    string? Notes,
    FamilyEngagement Family,
    IReadOnlyList<FamilyContact> FamilyContacts,
    IReadOnlyList<FamilyDraftReading> DraftReadings,
    IReadOnlyList<RestrictedRecordChange> History,
    uint Version)
{
    public static RestrictedRecordResponse From(RestrictedRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        return new(
            record.ReviewId, record.VictimName, record.PerpetratorName, record.Notes, record.Family, record.FamilyContacts,
            record.DraftReadings, record.History, record.Version);
    }
}

/// <summary>The restricted record as the audit log keeps it: which fields are filled and how often it was overwritten, no content.</summary>
public sealed record RestrictedRecordSummary(Guid ReviewId, IReadOnlyList<string> Filled, int Overwrites, IReadOnlyList<string> LastChanged)
{
    public static RestrictedRecordSummary From(RestrictedRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        var filled = new (string Field, bool Has)[]
        {
            ("victimName", !string.IsNullOrEmpty(record.VictimName)),
            ("perpetratorName", !string.IsNullOrEmpty(record.PerpetratorName)),
            ("notes", !string.IsNullOrEmpty(record.Notes)),
        };
        var last = record.History.Count == 0 ? [] : record.History.Where(c => c.At == record.History[^1].At).Select(c => c.Field).ToList();
        return new(record.ReviewId, [.. filled.Where(f => f.Has).Select(f => f.Field)], record.History.Count, last);
    }
}
