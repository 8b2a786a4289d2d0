using Plans.Api.Measures.DefineMeasure;
using Plans.Api.Measures.GetMeasure;
using Plans.Api.Measures.ListMeasures;
using Plans.Api.Measures.ReviseMeasure;
using Plans.Api.Measures.SetTarget;
using Platform.Contracts;

namespace Plans.Api.Measures;

internal static class MeasureEndpoints
{
    /// <summary>Everyone signed in may read measures; partnership officers and analysts define and revise them.</summary>
    public static IEndpointRouteBuilder MapMeasures(this IEndpointRouteBuilder endpoints)
    {
        var measures = endpoints.MapGroup("/api/plans/measures").WithTags("Measures");
        measures.MapListMeasures();
        measures.MapGetMeasure();
        var changes = measures.MapGroup("").RequireAuthorization(DefinersOnly);
        changes.MapReviseMeasure();
        changes.MapSetTarget();

        endpoints.MapGroup("/api/plans/outcomes").WithTags("Measures").RequireAuthorization(DefinersOnly).MapDefineMeasure();
        return endpoints;
    }

    private static void DefinersOnly(Microsoft.AspNetCore.Authorization.AuthorizationPolicyBuilder policy) =>
        policy.RequireRole(Roles.PartnershipOfficer, Roles.Analyst);
}
