using Plans.Api.PartnershipPlans.ConsultOnPlan;
using Plans.Api.PartnershipPlans.DraftPlan;
using Plans.Api.PartnershipPlans.EditPlan;
using Plans.Api.PartnershipPlans.GetPlan;
using Plans.Api.PartnershipPlans.ListPlanPriorities;
using Plans.Api.PartnershipPlans.ListPlans;
using Plans.Api.PartnershipPlans.ListPlanVersions;
using Plans.Api.PartnershipPlans.PublishPlan;
using Plans.Api.PartnershipPlans.RefreshPlan;
using Platform.Contracts;

namespace Plans.Api.PartnershipPlans;

internal static class PlanEndpoints
{
    /// <summary>Everyone signed in may read plans and their versions; partnership officers change them.</summary>
    public static IEndpointRouteBuilder MapPartnershipPlans(this IEndpointRouteBuilder endpoints)
    {
        var plans = endpoints.MapGroup("/api/plans/plans").WithTags("Plans");
        plans.MapListPlans();
        plans.MapGetPlan();
        plans.MapListPlanVersions();
        plans.MapListPlanPriorities();

        var changes = plans.MapGroup("").RequireAuthorization(Roles.PartnershipOfficer);
        changes.MapDraftPlan();
        changes.MapEditPlan();
        changes.MapConsultOnPlan();
        changes.MapPublishPlan();
        changes.MapRefreshPlan();
        return endpoints;
    }
}
