using Reviews.Api.Domain;

namespace Reviews.Api.Cases;

/// <summary>
/// Names, family details and family engagement, for review managers and the review's own chair and panel only.
/// Each read and change is audited by review id; the audit keeps no content, so the log itself holds no names.
/// </summary>
public sealed record RestrictedRecordResponse(
    Guid ReviewId,
    string? VictimName,
    string? PerpetratorName,
    string? Notes,
    FamilyEngagement Family,
    IReadOnlyList<FamilyContact> FamilyContacts,
    IReadOnlyList<FamilyDraftReading> DraftReadings)
{
    public static RestrictedRecordResponse From(RestrictedRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        return new(record.ReviewId, record.VictimName, record.PerpetratorName, record.Notes, record.Family, record.FamilyContacts, record.DraftReadings);
    }
}
