using Microsoft.EntityFrameworkCore;
using Platform.ServiceDefaults.SubjectAccess;
using Prevent.Api.Data;
using Prevent.Api.Domain;
using Prevent.Api.Referrals;

namespace Prevent.Api.SubjectAccess;

/// <summary>
/// What Prevent holds about a person: the referrals naming them (matched on the referred person's name, and their date
/// of birth when given; a minimised referral no longer holds either and is not found), with the whole case, and the
/// rejected partner messages whose raw text contains the name.
/// </summary>
internal static class PreventSubjectAccess
{
    public static readonly SubjectAccessSearch<PreventDbContext> Search = new(
        "the referred person's name (whole, any case) and date of birth when given; rejected partner messages containing the name",
        FindAsync);

    private static async Task<IReadOnlyList<SubjectRecord>> FindAsync(
        PreventDbContext db, SubjectAccessRequest request, CancellationToken cancellationToken)
    {
        var name = request.Name.Trim();
        var referrals = await db.Referrals
            .FromSql($"SELECT *, xmin FROM referrals WHERE lower(person->>'name') = lower({name})")
            .AsNoTracking()
            .ToListAsync(cancellationToken);
        var rejected = await db.RejectedReferrals
            .FromSql($"SELECT * FROM rejected_referrals WHERE strpos(lower(body), lower({name})) > 0")
            .AsNoTracking()
            .ToListAsync(cancellationToken);
        return
        [
            .. referrals
                .Where(r => request.DateOfBirth is null || r.Person.DateOfBirth is null || r.Person.DateOfBirth == request.DateOfBirth)
                .OrderBy(r => r.ReceivedAt)
                .Select(r => new SubjectRecord(nameof(Referral), r.Id.ToString(), ReferralResponse.From(r))),
            .. rejected
                .OrderBy(r => r.ReceivedAt)
                .Select(r => new SubjectRecord(nameof(RejectedReferral), r.Id.ToString(), r)),
        ];
    }
}
