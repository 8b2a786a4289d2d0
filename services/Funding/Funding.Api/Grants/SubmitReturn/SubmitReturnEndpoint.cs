using System.ComponentModel.DataAnnotations;
using Funding.Api.Data;
using Funding.Api.Domain;
using Microsoft.AspNetCore.Http.HttpResults;
using Platform.ServiceDefaults.Changes;
using Platform.ServiceDefaults.Errors;

namespace Funding.Api.Grants.SubmitReturn;

public sealed record SubmitReturnRequest(
    [property: Required, RegularExpression(FinancialYear.PatternText, ErrorMessage = "Write the financial year as 2025/26.")] string FinancialYear,
    [property: Range(1, 4)] int Quarter,
    [property: Required, MinLength(1)] List<ProgressRequest> Progress,
    [property: Range(0, 100_000_000)] decimal SpendToDate,
    [property: StringLength(4000)] string? Commentary = null);

public sealed record ProgressRequest(
    [property: Range(1, 20)] int Objective,
    [property: Range(-100_000_000, 100_000_000)] decimal Value,
    [property: StringLength(1000)] string? Note = null);

internal static class SubmitReturnEndpoint
{
    public static RouteHandlerBuilder MapSubmitReturn(this RouteGroupBuilder grants) =>
        grants.MapPost("/{id:guid}/returns", Handle)
            .WithName("SubmitMonitoringReturn")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .WithSummary("The grantee's quarterly return: a value for each objective's measure, spend to date and commentary; publishes MonitoringReturnSubmitted (numbers only).");

    private static async Task<Created<MonitoringReturn>> Handle(
        Guid id, SubmitReturnRequest request, Changes<Grant> grants, FundingDbContext db, CancellationToken cancellationToken)
    {
        await using var change = await grants.StartAsync(id, null, cancellationToken);
        var submitted = change.Aggregate.SubmitReturn(
            Domain.FinancialYear.Parse(request.FinancialYear), request.Quarter,
            [.. request.Progress.Select(p => new ObjectiveProgress(p.Objective, p.Value, p.Note))], request.SpendToDate, request.Commentary, change.Now);
        db.MonitoringReturns.Add(submitted);
        await change.SaveAsync(
            "monitoring-return-submitted", cancellationToken,
            duplicate: () => new RuleViolationException("return-already-submitted", $"The {request.FinancialYear} Q{request.Quarter} return has already been submitted."));
        return TypedResults.Created($"/api/funding/grants/{id}", submitted);
    }
}
