using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Plans.Api.Data;
using Plans.Api.Domain;
using Platform.ServiceDefaults.Changes;
using Platform.ServiceDefaults.Data;
using Platform.ServiceDefaults.Errors;

namespace Plans.Api.Measures.ReviseMeasure;

internal static class ReviseMeasureEndpoint
{
    public static RouteHandlerBuilder MapReviseMeasure(this RouteGroupBuilder measures) =>
        measures.MapPut("/{id:guid}", Handle)
            .WithName("ReviseMeasure")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("Revise a measure's definition; send the ETag you read as If-Match.");

    private static async Task<Ok<MeasureResponse>> Handle(
        Guid id, ReviseMeasureRequest request, [FromHeader(Name = ExpectedVersion.Header)] string? ifMatch,
        PlansDbContext db, Changes<Measure> measures, HttpResponse response, CancellationToken cancellationToken)
    {
        await using var change = await measures.StartAsync(id, ifMatch, cancellationToken);
        var measure = change.Aggregate;
        if (request.Name != measure.Name
            && await db.Measures.AnyAsync(m => m.OutcomeId == measure.OutcomeId && m.Name == request.Name, cancellationToken))
        {
            throw new RuleViolationException("measure-name-taken", $"This outcome already has a measure called '{request.Name}'.");
        }

        var hasReadings = await db.Readings.AnyAsync(r => r.MeasureId == measure.Id, cancellationToken);
        measure.Revise(request.Name, request.Unit, request.Direction, request.Source, request.DerivedFrom, hasReadings);
        await change.SaveAsync("measure-revised", cancellationToken);
        response.SetETag(measure.Version);
        return TypedResults.Ok(MeasureResponse.From(measure));
    }
}
