using Funding.Api.Grants.AcceptGrant;
using Funding.Api.Grants.ClawBackGrant;
using Funding.Api.Grants.CloseGrant;
using Funding.Api.Grants.DecideClaim;
using Funding.Api.Grants.GetGrant;
using Funding.Api.Grants.ListGrants;
using Funding.Api.Grants.ListLateReturns;
using Funding.Api.Grants.PayClaim;
using Funding.Api.Grants.SubmitClaim;
using Funding.Api.Grants.SubmitReturn;
using Funding.Api.Grants.VaryGrant;
using Platform.Contracts;

namespace Funding.Api.Grants;

internal static class GrantEndpoints
{
    /// <summary>
    /// The grantee accepts, claims and reports; grants officers approve, query and pay claims, vary, claw back and close;
    /// scrutiny members and partnership officers read published grants.
    /// </summary>
    public static IEndpointRouteBuilder MapGrants(this IEndpointRouteBuilder endpoints)
    {
        var grants = endpoints.MapGroup("/api/funding/grants").WithTags("Grants");
        grants.MapListGrants();
        grants.MapGetGrant();
        grants.MapAcceptGrant();
        grants.MapSubmitClaim();
        grants.MapSubmitReturn();

        var officers = grants.MapGroup("").RequireAuthorization(Roles.GrantsOfficer);
        officers.MapDecideClaim();
        officers.MapPayClaim();
        officers.MapVaryGrant();
        officers.MapClawBackGrant();
        officers.MapCloseGrant();
        endpoints.MapGroup("/api/funding/returns").WithTags("Grants").RequireAuthorization(Roles.GrantsOfficer).MapListLateReturns();
        return endpoints;
    }
}
