using Plans.Api.Priorities.AdoptPriority;
using Plans.Api.Priorities.AssignDeliveryGroup;
using Plans.Api.Priorities.GetPriority;
using Plans.Api.Priorities.ListPriorities;
using Plans.Api.Priorities.ProposePriority;
using Plans.Api.Priorities.RetirePriority;
using Platform.Contracts;

namespace Plans.Api.Priorities;

internal static class PriorityEndpoints
{
    /// <summary>Everyone signed in may read priorities; partnership officers change them.</summary>
    public static IEndpointRouteBuilder MapPriorities(this IEndpointRouteBuilder endpoints)
    {
        var priorities = endpoints.MapGroup("/api/plans/priorities").WithTags("Priorities");
        priorities.MapListPriorities();
        priorities.MapGetPriority();

        var changes = priorities.MapGroup("").RequireAuthorization(Roles.PartnershipOfficer);
        changes.MapProposePriority();
        changes.MapAdoptPriority();
        changes.MapRetirePriority();
        changes.MapAssignDeliveryGroup();
        return endpoints;
    }
}
