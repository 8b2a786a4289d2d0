using CommunityTrigger.Api.Cases;
using CommunityTrigger.Api.Data;
using CommunityTrigger.Api.Domain;
using Microsoft.EntityFrameworkCore;
using Platform.ServiceDefaults.SubjectAccess;

namespace CommunityTrigger.Api.SubjectAccess;

/// <summary>
/// What Community Trigger holds about a person: the cases where they are the applicant (by name or email) or named
/// among the people affected, with the whole case. A case whose contact details were removed under the retention
/// schedule no longer names them and is not found.
/// </summary>
internal static class TriggerSubjectAccess
{
    public static readonly SubjectAccessSearch<CommunityTriggerDbContext> Search = new(
        "the applicant's name or email, and the names of the people affected (whole, any case)", FindAsync);

    private static async Task<IReadOnlyList<SubjectRecord>> FindAsync(
        CommunityTriggerDbContext db, SubjectAccessRequest request, CancellationToken cancellationToken)
    {
        var name = request.Name.Trim();
        var email = request.Email?.Trim() ?? "";
        var cases = await db.Cases
            .FromSql($"""
                SELECT *, xmin FROM trigger_cases
                WHERE lower(applicant->>'name') = lower({name})
                   OR ({email} <> '' AND lower(applicant->>'email') = lower({email}))
                   OR EXISTS (SELECT 1 FROM jsonb_array_elements(people_affected) AS person WHERE lower(person->>'name') = lower({name}))
                """)
            .AsNoTracking()
            .OrderBy(c => c.ReceivedAt)
            .ToListAsync(cancellationToken);
        return [.. cases.Select(c => new SubjectRecord(nameof(TriggerCase), c.Id.ToString(), CaseResponse.From(c, decisionDeadline: null)))];
    }
}
