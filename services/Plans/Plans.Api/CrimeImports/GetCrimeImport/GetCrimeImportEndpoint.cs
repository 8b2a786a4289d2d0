using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Plans.Api.Data;
using Platform.ServiceDefaults.Errors;

namespace Plans.Api.CrimeImports.GetCrimeImport;

internal static class GetCrimeImportEndpoint
{
    public static RouteHandlerBuilder MapGetCrimeImport(this RouteGroupBuilder imports) =>
        imports.MapGet("/{id:guid}", Handle)
            .WithName("GetCrimeImport")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("One imported file: rows per district, unlocated and out of area, counts per crime type, what it replaced.");

    private static async Task<Ok<CrimeImportResponse>> Handle(Guid id, PlansDbContext db, CancellationToken cancellationToken)
    {
        var import = await db.CrimeImports.AsNoTracking().Include(i => i.Counts).SingleOrDefaultAsync(i => i.Id == id, cancellationToken)
            ?? throw new RuleViolationException("crime-import-not-found", $"There is no crime import {id}.", RuleViolationKind.NotFound);
        return TypedResults.Ok(CrimeImportResponse.From(import));
    }
}
