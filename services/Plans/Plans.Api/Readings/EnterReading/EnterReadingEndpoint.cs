using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Plans.Api.Data;
using Plans.Api.Domain;
using Plans.Api.Measures;
using Platform.ServiceDefaults.Changes;
using Platform.ServiceDefaults.Data;
using Platform.ServiceDefaults.Errors;
using Platform.ServiceDefaults.Time;

namespace Plans.Api.Readings.EnterReading;

internal static class EnterReadingEndpoint
{
    public static RouteHandlerBuilder MapEnterReading(this RouteGroupBuilder readings) =>
        readings.MapPut("/{period}/{area}", Handle)
            .WithName("EnterReading")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .WithSummary("Enter (or re-enter) a measure's value for a quarter (e.g. 2025-Q3) and an area (county or a district).");

    private static async Task<Results<Created<ReadingResponse>, Ok<ReadingResponse>>> Handle(
        Guid id, Quarter period, string area, EnterReadingRequest request, [FromHeader(Name = ExpectedVersion.Header)] string? ifMatch,
        PlansDbContext db, Changes<Reading> readings, TimeProvider clock, HttpResponse httpResponse, CancellationToken cancellationToken)
    {
        var measure = await db.FindMeasureOrThrowAsync(id, cancellationToken);
        var now = clock.GetUtcNow();
        var today = clock.Today();
        Reading.CheckAnalystEntry(measure, period, area, today);
        var reading = await db.Readings.FindAsync([measure.Id, period.Start, area], cancellationToken);
        var created = reading is null;
        if (reading is null)
        {
            reading = await readings.AddAsync(
                Reading.EnterByAnalyst(measure, period, area, request.Value, request.Note, today, now),
                "reading-entered",
                cancellationToken,
                EnteredConcurrently);
        }
        else
        {
            await using var change = readings.Start(reading, ifMatch);
            reading.Replace(request.Value, request.Note, change.Now);
            await change.SaveAsync("reading-replaced", cancellationToken, EnteredConcurrently);
        }

        var response = ReadingResponse.From(reading);
        httpResponse.SetETag(reading.Version);
        return created
            ? TypedResults.Created($"/api/plans/measures/{measure.Id}/readings?from={period}&to={period}&area={area}", response)
            : TypedResults.Ok(response);
    }

    private static RuleViolationException EnteredConcurrently() => new(
        "reading-entered-concurrently", "Someone entered this reading at the same moment; read it and enter yours again.");
}
