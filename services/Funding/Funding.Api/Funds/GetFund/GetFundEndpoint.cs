using Funding.Api.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using Platform.ServiceDefaults.Data;

namespace Funding.Api.Funds.GetFund;

internal static class GetFundEndpoint
{
    public static RouteHandlerBuilder MapGetFund(this RouteGroupBuilder funds) =>
        funds.MapGet("/{id:guid}", Handle)
            .WithName("GetFund")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("One fund: contributions per funder and year, and its budget lines.");

    private static async Task<Ok<FundResponse>> Handle(Guid id, FundingDbContext db, HttpResponse response, CancellationToken cancellationToken)
    {
        var fund = await db.FindFundOrThrowAsync(id, cancellationToken);
        response.SetETag(fund.Version);
        return TypedResults.Ok(FundResponse.From(fund, await db.BudgetOfAsync(id, cancellationToken)));
    }
}
