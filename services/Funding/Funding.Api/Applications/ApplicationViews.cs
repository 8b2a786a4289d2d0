using Funding.Api.Data;
using Funding.Api.Domain;
using Microsoft.EntityFrameworkCore;
using Platform.ServiceDefaults.Auth;

namespace Funding.Api.Applications;

internal static class ApplicationViews
{
    public static async Task<ApplicationResponse> ViewAsync(
        this FundingDbContext db, GrantApplication application, CurrentUser user, CancellationToken cancellationToken)
    {
        var assessments = await db.Assessments.AsNoTracking().Where(a => a.ApplicationId == application.Id).OrderBy(a => a.Id).ToListAsync(cancellationToken);
        var retired = await db.Priorities.AnyAsync(p => p.Id == application.Details.PriorityId && p.Retired, cancellationToken);
        var grantId = await db.Grants.Where(g => g.ApplicationId == application.Id).Select(g => (Guid?)g.Id).SingleOrDefaultAsync(cancellationToken);
        var officer = user.IsGrantsOfficer();
        return ApplicationResponse.From(
            application, assessments, retired, grantId, showContact: officer || user.Agency == application.ApplicantAgency,
            showAllAssessments: officer, user.Id);
    }
}
