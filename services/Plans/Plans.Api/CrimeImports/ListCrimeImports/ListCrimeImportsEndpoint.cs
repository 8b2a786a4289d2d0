using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Plans.Api.Data;

namespace Plans.Api.CrimeImports.ListCrimeImports;

internal static class ListCrimeImportsEndpoint
{
    public static RouteHandlerBuilder MapListCrimeImports(this RouteGroupBuilder imports) =>
        imports.MapGet("/", Handle)
            .WithName("ListCrimeImports")
            .ProducesValidationProblem()
            .WithSummary("Imported files, newest month first; by default only those that count (pass includeReplaced=true for their history).");

    private static async Task<Ok<IReadOnlyList<CrimeImportResponse>>> Handle(
        [AsParameters] ListCrimeImportsQuery query, PlansDbContext db, CancellationToken cancellationToken)
    {
        var imports = db.CrimeImports.AsNoTracking().Include(i => i.Counts).AsQueryable();
        if (query.IncludeReplaced != true)
        {
            imports = imports.Where(i => i.SupersededAt == null);
        }

        if (query.Force is { } force)
        {
            imports = imports.Where(i => i.Force == force);
        }

        var page = await imports.OrderByDescending(i => i.Month).ThenBy(i => i.Force).ThenByDescending(i => i.ImportedAt)
            .Take(query.Limit ?? 100).AsSplitQuery().ToListAsync(cancellationToken);
        return TypedResults.Ok<IReadOnlyList<CrimeImportResponse>>(page.Select(CrimeImportResponse.From).ToList());
    }
}

public sealed record ListCrimeImportsQuery(
    [property: StringLength(60)] string? Force, bool? IncludeReplaced, [property: Range(1, 1000)] int? Limit);
