using Consultation.Api.Data;
using Consultation.Api.PublicAccess;
using Consultation.Api.Results;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Consultation.Api.Publication.YouSaidWeDidReport;

internal static class YouSaidWeDidEndpoints
{
    public static RouteGroupBuilder MapYouSaidWeDid(this RouteGroupBuilder publicConsultations)
    {
        publicConsultations.MapGet("/{id:guid}/you-said-we-did", JsonAsync)
            .WithName("GetYouSaidWeDid")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("\"You said, we did\" as JSON (404 until results are published).");
        publicConsultations.MapGet("/{id:guid}/you-said-we-did.html", HtmlAsync)
            .WithName("GetYouSaidWeDidPage")
            .Produces<string>(StatusCodes.Status200OK, "text/html")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("\"You said, we did\" as a printable HTML page (no scripts).");
        return publicConsultations;
    }

    private static async Task<Ok<YouSaidWeDidReport>> JsonAsync(Guid id, ConsultationDbContext db, ResultsQuery results, CancellationToken cancellationToken) =>
        TypedResults.Ok(await YouSaidWeDidReport.BuildAsync(db, results, await db.FindPublishedOrThrowAsync(id, cancellationToken), cancellationToken));

    private static async Task<ContentHttpResult> HtmlAsync(
        Guid id, ConsultationDbContext db, ResultsQuery results, HttpResponse response, CancellationToken cancellationToken)
    {
        var report = await YouSaidWeDidReport.BuildAsync(db, results, await db.FindPublishedOrThrowAsync(id, cancellationToken), cancellationToken);
        response.Headers.ContentSecurityPolicy = "default-src 'none'; style-src 'unsafe-inline'";
        return TypedResults.Content(YouSaidWeDidPage.Render(report), "text/html; charset=utf-8");
    }
}
