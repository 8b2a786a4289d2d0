using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Plans.Api.Data;
using Plans.Api.Domain;
using Plans.Api.Measures;
using Platform.ServiceDefaults.Changes;
using Platform.ServiceDefaults.Data;
using Platform.ServiceDefaults.Errors;

namespace Plans.Api.CrimeImports.MapCrimeTypes;

internal static class MapCrimeTypesEndpoint
{
    public static RouteHandlerBuilder MapMapCrimeTypes(this RouteGroupBuilder measures) =>
        measures.MapPut("/{id:guid}/crime-types", Handle)
            .WithName("MapCrimeTypes")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .WithSummary("Set which police.uk crime types a police-data measure counts; its readings are recounted from the imports at once. History: /api/plans/audit?subjectId={id}.");

    public static RouteHandlerBuilder MapGetCrimeTypes(this RouteGroupBuilder measures) =>
        measures.MapGet("/{id:guid}/crime-types", Get)
            .WithName("GetCrimeTypes")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("The police.uk crime types a measure counts.");

    private static async Task<Results<Created<CrimeTypeMappingResponse>, Ok<CrimeTypeMappingResponse>>> Handle(
        Guid id, MapCrimeTypesRequest request, [FromHeader(Name = ExpectedVersion.Header)] string? ifMatch, PlansDbContext db,
        Changes<CrimeTypeMapping> mappings, HttpResponse httpResponse, CancellationToken cancellationToken)
    {
        var measure = await db.FindMeasureOrThrowAsync(id, cancellationToken);
        CrimeTypeMapping.EnsureCountsPoliceRecordedCrime(measure);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var mapping = await db.CrimeTypeMappings.FindAsync([measure.Id], cancellationToken);
        var created = mapping is null;
        DateTimeOffset now;
        if (mapping is null)
        {
            mapping = await mappings.AddAsync(
                at => CrimeTypeMapping.For(measure, request.CrimeTypes, at), "crime-types-mapped", cancellationToken, MappedConcurrently);
            now = mapping.UpdatedAt;
        }
        else
        {
            await using var change = mappings.Start(mapping, ifMatch);
            mapping.Replace(request.CrimeTypes, change.Now);
            await change.SaveAsync("crime-types-remapped", cancellationToken, MappedConcurrently);
            now = change.Now;
        }

        await db.RecountAsync(quarters: null, measure.Id, now, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        await db.Entry(mapping).ReloadAsync(cancellationToken);
        httpResponse.SetETag(mapping.Version);
        var response = CrimeTypeMappingResponse.From(mapping);
        return created ? TypedResults.Created($"/api/plans/measures/{measure.Id}/crime-types", response) : TypedResults.Ok(response);
    }

    private static async Task<Ok<CrimeTypeMappingResponse>> Get(Guid id, PlansDbContext db, HttpResponse httpResponse, CancellationToken cancellationToken)
    {
        var measure = await db.FindMeasureOrThrowAsync(id, cancellationToken);
        var mapping = await db.CrimeTypeMappings.FindAsync([measure.Id], cancellationToken)
            ?? throw new RuleViolationException("crime-types-not-mapped", $"Measure {id} counts no crime types.", RuleViolationKind.NotFound);
        httpResponse.SetETag(mapping.Version);
        return TypedResults.Ok(CrimeTypeMappingResponse.From(mapping));
    }

    private static RuleViolationException MappedConcurrently() => new(
        "crime-types-mapped-concurrently", "Someone mapped this measure's crime types at the same moment; read them and try again.");
}

public sealed record MapCrimeTypesRequest([property: Required, MaxLength(20)] IReadOnlyList<string> CrimeTypes);

public sealed record CrimeTypeMappingResponse(Guid MeasureId, IReadOnlyList<string> CrimeTypes, DateTimeOffset UpdatedAt, uint Version)
{
    public static CrimeTypeMappingResponse From(CrimeTypeMapping mapping)
    {
        ArgumentNullException.ThrowIfNull(mapping);
        return new CrimeTypeMappingResponse(mapping.MeasureId, mapping.CrimeTypes, mapping.UpdatedAt, mapping.Version);
    }
}
