using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Plans.Api.Data;
using Platform.ServiceDefaults.Errors;

namespace Plans.Api.CrimeImports.GetCrimeImport;

internal static class GetCrimeImportEndpoint
{
    public static RouteHandlerBuilder MapGetCrimeImport(this RouteGroupBuilder imports) =>
        imports.MapGet("/{id:guid}", Handle)
            .WithName("GetCrimeImport")
            .Produces<CrimeImportRunResponse>()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("One imported file (rows per district, unlocated and out of area, counts per crime type, what it replaced; status completed), or an upload imported in the background (status running, completed or failed, with rows read, accepted and rejected so far).");

    private static async Task<Results<Ok<CrimeImportResponse>, Ok<CrimeImportRunResponse>>> Handle(
        Guid id, PlansDbContext db, TimeProvider clock, IOptions<CrimeImportOptions> options, CancellationToken cancellationToken)
    {
        var import = await db.CrimeImports.AsNoTracking().Include(i => i.Counts).SingleOrDefaultAsync(i => i.Id == id, cancellationToken);
        if (import is not null)
        {
            return TypedResults.Ok(CrimeImportResponse.From(import));
        }

        var run = await db.CrimeImportRuns.AsNoTracking().SingleOrDefaultAsync(r => r.Id == id, cancellationToken)
            ?? throw new RuleViolationException("crime-import-not-found", $"There is no crime import {id}.", RuleViolationKind.NotFound);
        var made = await db.CrimeImports.AsNoTracking().Include(i => i.Counts).Where(i => run.ImportIds.Contains(i.Id))
            .OrderBy(i => i.FileName).ToListAsync(cancellationToken);
        return TypedResults.Ok(CrimeImportRunResponse.From(run, made, clock.GetUtcNow(), options.Value.StaleAfter));
    }
}
