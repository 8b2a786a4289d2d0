using Plans.Api.Outcomes.DefineOutcome;
using Plans.Api.Outcomes.GetOutcome;
using Plans.Api.Outcomes.ListOutcomes;
using Platform.Contracts;

namespace Plans.Api.Outcomes;

internal static class OutcomeEndpoints
{
    /// <summary>Everyone signed in may read the outcomes framework; partnership officers and analysts define it.</summary>
    public static IEndpointRouteBuilder MapOutcomes(this IEndpointRouteBuilder endpoints)
    {
        var outcomes = endpoints.MapGroup("/api/plans/outcomes").WithTags("Outcomes");
        outcomes.MapListOutcomes();
        outcomes.MapGetOutcome();

        var changes = outcomes.MapGroup("").RequireAuthorization(policy => policy.RequireRole(Roles.PartnershipOfficer, Roles.Analyst));
        changes.MapDefineOutcome();
        return endpoints;
    }
}
