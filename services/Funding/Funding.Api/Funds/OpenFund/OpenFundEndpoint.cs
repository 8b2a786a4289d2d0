using System.ComponentModel.DataAnnotations;
using Funding.Api.Data;
using Funding.Api.Domain;
using Microsoft.AspNetCore.Http.HttpResults;
using Platform.ServiceDefaults.Audit;
using Platform.ServiceDefaults.Changes;
using Platform.ServiceDefaults.Errors;

namespace Funding.Api.Funds.OpenFund;

public sealed record OpenFundRequest(
    [property: Required, StringLength(100), RegularExpression("^[a-z0-9]+(-[a-z0-9]+)*$", ErrorMessage = "Use a slug, e.g. community-safety-fund-2025-28.")] string Code,
    [property: Required, StringLength(200, MinimumLength = 3)] string Name,
    [property: Required, StringLength(4000)] string Purpose,
    [property: Required] BudgetBasis? Basis,
    [property: Required, RegularExpression(FinancialYear.PatternText, ErrorMessage = "Write the financial year as 2025/26.")] string FirstYear,
    [property: Range(1, 10)] int Years,
    Dictionary<string, decimal>? YearlyBudgets = null,
    [property: Range(0, 100_000_000)] decimal? WholeLifeBudget = null);

internal static class OpenFundEndpoint
{
    public static RouteHandlerBuilder MapOpenFund(this RouteGroupBuilder funds) =>
        funds.MapPost("/", Handle)
            .WithName("OpenFund")
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .WithSummary("Open a fund with its budget: one per financial year (yearlyBudgets, keyed 2025/26) or one for its whole life.");

    private static async Task<Created<FundResponse>> Handle(
        OpenFundRequest request, Changes<Fund> funds, FundingDbContext db, AuditTrail audit, TimeProvider clock, CancellationToken cancellationToken)
    {
        var yearly = request.YearlyBudgets?.ToDictionary(
            pair => FinancialYear.TryParse(pair.Key, out var year)
                ? year
                : throw new RuleViolationException("financial-year-invalid", $"yearlyBudgets: '{pair.Key}' is not a financial year such as 2025/26.", RuleViolationKind.BusinessRule),
            pair => pair.Value);
        var (fund, budget) = Fund.Open(
            request.Code, request.Name, request.Purpose, request.Basis!.Value, FinancialYear.Parse(request.FirstYear), request.Years,
            yearly, request.WholeLifeBudget, clock.GetUtcNow());
        foreach (var line in budget)
        {
            db.BudgetLines.Add(line);
            audit.Record(db, "budget-set", nameof(BudgetLine), $"{line.FundId}/{line.Period}", after: BudgetLineResponse.From(line));
        }

        await funds.AddAsync(
            fund, "fund-opened", cancellationToken,
            duplicate: () => new RuleViolationException("fund-code-taken", $"Another fund already has the code '{request.Code}'."));
        return TypedResults.Created($"/api/funding/funds/{fund.Id}", FundResponse.From(fund, budget));
    }
}
