using System.ComponentModel.DataAnnotations;
using Funding.Api.Data;
using Funding.Api.Domain;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Platform.ServiceDefaults.Changes;
using Platform.ServiceDefaults.Data;

namespace Funding.Api.Funds.RecordContribution;

public sealed record RecordContributionRequest(
    [property: Required, StringLength(100), RegularExpression("^[a-z0-9]+(-[a-z0-9]+)*$", ErrorMessage = "Use the funder's agency slug, e.g. norfolk-opcc.")] string Funder,
    [property: Required, RegularExpression(FinancialYear.PatternText, ErrorMessage = "Write the financial year as 2025/26.")] string FinancialYear,
    [property: Range(0.01, 100_000_000)] decimal Amount);

internal static class RecordContributionEndpoint
{
    public static RouteHandlerBuilder MapRecordContribution(this RouteGroupBuilder funds) =>
        funds.MapPost("/{id:guid}/contributions", Handle)
            .WithName("RecordContribution")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .WithSummary("Record what a funder puts into the fund for a financial year (multi-funder pots); audited.");

    private static async Task<Ok<FundResponse>> Handle(
        Guid id, RecordContributionRequest request, [FromHeader(Name = ExpectedVersion.Header)] string? ifMatch,
        Changes<Fund> funds, FundingDbContext db, CancellationToken cancellationToken)
    {
        var fund = await funds.ApplyAsync(
            id, ifMatch, "contribution-recorded",
            (fund, _) => fund.RecordContribution(request.Funder, Domain.FinancialYear.Parse(request.FinancialYear), request.Amount),
            cancellationToken);
        return TypedResults.Ok(FundResponse.From(fund, await db.BudgetOfAsync(id, cancellationToken)));
    }
}
