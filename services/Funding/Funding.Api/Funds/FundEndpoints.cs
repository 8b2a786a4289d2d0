using Funding.Api.Funds.CarryForward;
using Funding.Api.Funds.GetFund;
using Funding.Api.Funds.GetLedger;
using Funding.Api.Funds.ListFunds;
using Funding.Api.Funds.OpenFund;
using Funding.Api.Funds.RecordContribution;
using Funding.Api.Funds.ReviseBudget;
using Platform.Contracts;

namespace Funding.Api.Funds;

internal static class FundEndpoints
{
    /// <summary>Grants officers manage funds and budgets; partnership officers and scrutiny members read them and the ledger.</summary>
    public static IEndpointRouteBuilder MapFunds(this IEndpointRouteBuilder endpoints)
    {
        var funds = endpoints.MapGroup("/api/funding/funds").WithTags("Funds")
            .RequireAuthorization(policy => policy.RequireRole(Roles.GrantsOfficer, Roles.PartnershipOfficer, Roles.ScrutinyMember));
        funds.MapListFunds();
        funds.MapGetFund();
        funds.MapGetLedger();

        var changes = funds.MapGroup("").RequireAuthorization(Roles.GrantsOfficer);
        changes.MapOpenFund();
        changes.MapRecordContribution();
        changes.MapReviseBudget();
        changes.MapCarryForward();
        return endpoints;
    }
}
