using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Plans.Api.Data;
using Plans.Api.Domain;
using Platform.ServiceDefaults.Audit;
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
        PlansDbContext db, AuditTrail audit, HttpResponse response, CancellationToken cancellationToken)
    {
        var measure = await db.FindMeasureOrThrowAsync(id, cancellationToken);
        ExpectedVersion.Check(measure.Version, ifMatch);
        if (request.Name != measure.Name
            && await db.Measures.AnyAsync(m => m.OutcomeId == measure.OutcomeId && m.Name == request.Name, cancellationToken))
        {
            throw new RuleViolationException("measure-name-taken", $"This outcome already has a measure called '{request.Name}'.");
        }

        var before = MeasureResponse.From(measure);
        var hasReadings = await db.Readings.AnyAsync(r => r.MeasureId == measure.Id, cancellationToken);
        measure.Revise(request.Name, request.Unit, request.Direction, request.Source, request.DerivedFrom, hasReadings);
        audit.Record(db, "measure-revised", nameof(Measure), measure.Id.ToString(), before, MeasureResponse.From(measure));
        await db.SaveChangesAsync(cancellationToken);
        response.SetETag(measure.Version);
        return TypedResults.Ok(MeasureResponse.From(measure));
    }
}
