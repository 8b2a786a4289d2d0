using Plans.Api.Actions.ActionHistory;
using Plans.Api.Actions.AddAction;
using Plans.Api.Actions.ChangeStatus;
using Plans.Api.Actions.CompositeActionPlan;
using Plans.Api.Actions.GetAction;
using Plans.Api.Actions.ListWorkPlan;
using Platform.Contracts;

namespace Plans.Api.Actions;

internal static class ActionEndpoints
{
    /// <summary>
    /// Everyone signed in may read work plans and actions; partnership officers add actions and change any action's
    /// status; a delivery lead changes the status of their own agency's actions.
    /// </summary>
    public static IEndpointRouteBuilder MapActions(this IEndpointRouteBuilder endpoints)
    {
        var workPlans = endpoints.MapGroup("/api/plans/priorities/{priorityId:guid}/actions").WithTags("Actions");
        workPlans.MapListWorkPlan();
        workPlans.MapAddAction().RequireAuthorization(Roles.PartnershipOfficer);

        var actions = endpoints.MapGroup("/api/plans/actions").WithTags("Actions");
        actions.MapGetAction();
        actions.MapActionHistory();
        actions.MapChangeActionStatus()
            .RequireAuthorization(policy => policy.RequireRole(Roles.PartnershipOfficer, Roles.DeliveryLead));

        endpoints.MapGroup("/api/plans/composite-action-plan").WithTags("Actions").MapListCompositeActionPlan();
        return endpoints;
    }
}
