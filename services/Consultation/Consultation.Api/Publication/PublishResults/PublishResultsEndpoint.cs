using Consultation.Api.Consultations;
using Consultation.Api.Domain;
using Consultation.Api.Results;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Platform.ServiceDefaults.Changes;
using Platform.ServiceDefaults.Data;

namespace Consultation.Api.Publication.PublishResults;

internal static class PublishResultsEndpoint
{
    public static RouteHandlerBuilder MapPublishResults(this RouteGroupBuilder consultations) =>
        consultations.MapPost("/{id:guid}/publish-results", Handle)
            .RequireAuthorization(PolicySetup.Officer)
            .WithName("PublishResults")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .WithSummary("Publish a closed consultation's results with \"you said, we did\"; results and the report become public. Publishes ConsultationResultsPublished (aggregates only).");

    private static async Task<Ok<ConsultationView>> Handle(
        Guid id, YouSaidWeDid request, [FromHeader(Name = ExpectedVersion.Header)] string? ifMatch, Changes<PublicConsultation> consultations,
        ResultsQuery results, CancellationToken cancellationToken)
    {
        await using var change = await consultations.StartAsync(id, ifMatch, cancellationToken);
        var figures = await results.ComputeAsync(change.Aggregate, cancellationToken);
        change.Aggregate.PublishResults(
            change.Now, request, figures.Respondents, ResultHeadlines.Rankings(figures), ResultHeadlines.Indicators(figures));
        await change.SaveAsync("results-published", cancellationToken);
        return TypedResults.Ok(ConsultationView.From(change.Aggregate));
    }
}
