using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Plans.Api.Data;
using Plans.Api.Domain;
using Plans.Api.Outcomes;
using Platform.ServiceDefaults.Changes;
using Platform.ServiceDefaults.Errors;

namespace Plans.Api.Measures.DefineMeasure;

internal static class DefineMeasureEndpoint
{
    public static RouteHandlerBuilder MapDefineMeasure(this RouteGroupBuilder outcomes) =>
        outcomes.MapPost("/{id:guid}/measures", Handle)
            .WithName("DefineMeasure")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("Define a measure of an outcome: entered by analysts, or derived from other services' events.");

    private static async Task<Created<MeasureResponse>> Handle(
        Guid id, DefineMeasureRequest request, PlansDbContext db, Changes<Measure> measures, CancellationToken cancellationToken)
    {
        var outcome = await db.FindOutcomeOrThrowAsync(id, cancellationToken);
        if (await db.Measures.AnyAsync(m => m.OutcomeId == outcome.Id && m.Name == request.Name, cancellationToken))
        {
            throw new RuleViolationException("measure-name-taken", $"Outcome {outcome.Number} already has a measure called '{request.Name}'.");
        }

        var measure = await measures.AddAsync(
            now => Measure.Define(outcome.Id, request.Name, request.Unit, request.Direction, request.Source, request.DerivedFrom, now),
            "measure-defined",
            cancellationToken);
        return TypedResults.Created($"/api/plans/measures/{measure.Id}", MeasureResponse.From(measure));
    }
}
