using Microsoft.EntityFrameworkCore;
using Platform.ServiceDefaults.SubjectAccess;
using Reviews.Api.Cases;
using Reviews.Api.Data;
using Reviews.Api.Domain;

namespace Reviews.Api.SubjectAccess;

/// <summary>
/// What Reviews holds about a person: the restricted records that name them, as victim or perpetrator now or at any
/// time (every name the record has held), or anywhere in the family engagement, notes, contacts or draft readings.
/// The review itself holds no names. A record cleared under the retention schedule holds none either.
/// </summary>
internal static class ReviewsSubjectAccess
{
    public static readonly SubjectAccessSearch<ReviewsDbContext> Search = new(
        "every name a restricted record has held (whole, any case), and the name anywhere in its notes and family engagement",
        FindAsync);

    private static async Task<IReadOnlyList<SubjectRecord>> FindAsync(
        ReviewsDbContext db, SubjectAccessRequest request, CancellationToken cancellationToken)
    {
        var name = request.Name.Trim();
        var records = await db.RestrictedRecords
            .FromSql($"""
                SELECT *, xmin FROM restricted_records
                WHERE EXISTS (SELECT 1 FROM jsonb_array_elements_text(names_held) AS held WHERE lower(held) = lower({name}))
                   OR lower(victim_name) = lower({name}) OR lower(perpetrator_name) = lower({name})
                   OR strpos(lower(coalesce(notes, '') || family::text || family_contacts::text || draft_readings::text), lower({name})) > 0
                """)
            .AsNoTracking()
            .OrderBy(r => r.ReviewId)
            .ToListAsync(cancellationToken);
        return [.. records.Select(r => new SubjectRecord(nameof(RestrictedRecord), r.ReviewId.ToString(), RestrictedRecordResponse.From(r)))];
    }
}
