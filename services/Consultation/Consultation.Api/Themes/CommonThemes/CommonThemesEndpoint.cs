using Consultation.Api.Consultations;
using Consultation.Api.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using Platform.ServiceDefaults.Auth;

namespace Consultation.Api.Themes.CommonThemes;

internal static class CommonThemesEndpoint
{
    public static RouteHandlerBuilder MapThemeSummary(this RouteGroupBuilder consultations) =>
        consultations.MapGet("/{id:guid}/themes", Handle)
            .WithName("GetThemeSummary")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("Comment themes by frequency (the five most common first) with reviewed quotes and coder agreement.");

    private static async Task<Ok<ThemeSummary>> Handle(Guid id, ConsultationDbContext db, CurrentUser user, CancellationToken cancellationToken)
    {
        var consultation = await db.FindForResultsOrThrowAsync(id, user, cancellationToken);
        return TypedResults.Ok(await ThemeSummaryQuery.ComputeAsync(db, consultation, cancellationToken));
    }
}
