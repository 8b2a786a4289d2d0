using Funding.Api.Data;
using Funding.Api.Domain;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Platform.ServiceDefaults.Auth;
using Platform.ServiceDefaults.Http;

namespace Funding.Api.Applications.ListApplications;

public sealed record ApplicationSummary(
    Guid Id, Guid RoundId, string ApplicantAgency, string OrganisationName, string ProjectTitle, decimal AmountRequested, Guid PriorityId,
    ApplicationStatus Status, DateTimeOffset SubmittedAt);

internal static class ListApplicationsEndpoint
{
    public static RouteHandlerBuilder MapListApplications(this RouteGroupBuilder applications) =>
        applications.MapGet("/", Handle)
            .WithName("ListApplications")
            .WithSummary("Applications the caller may see (all for grants officers; otherwise their organisation's and those assigned to them), oldest first; roundId and status narrow it.");

    private static async Task<Ok<Page<ApplicationSummary>>> Handle(
        Guid? roundId, ApplicationStatus? status, Guid? after, [System.ComponentModel.DataAnnotations.Range(1, 200)] int? limit,
        FundingDbContext db, CurrentUser user, CancellationToken cancellationToken)
    {
        var query = db.VisibleTo(user).AsNoTracking()
            .Where(a => roundId == null || a.RoundId == roundId)
            .Where(a => status == null || a.Status == status);
        return TypedResults.Ok(await query.ToPageAsync(
            a => a.Id, after, limit,
            a => new ApplicationSummary(
                a.Id, a.RoundId, a.ApplicantAgency, a.Details.OrganisationName, a.Details.ProjectTitle, a.Details.AmountRequested,
                a.Details.PriorityId, a.Status, a.SubmittedAt),
            cancellationToken));
    }
}
