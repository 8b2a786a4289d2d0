using Plans.Api.DeliveryGroups.CreateDeliveryGroup;
using Plans.Api.DeliveryGroups.GetDeliveryGroup;
using Plans.Api.DeliveryGroups.ListDeliveryGroups;
using Plans.Api.Data;
using Plans.Api.Domain;
using Platform.Contracts;
using Platform.ServiceDefaults.Changes;

namespace Plans.Api.DeliveryGroups;

internal static class DeliveryGroupEndpoints
{
    /// <summary>Everyone signed in may read delivery groups; partnership officers set them up.</summary>
    public static IEndpointRouteBuilder MapDeliveryGroups(this IEndpointRouteBuilder endpoints)
    {
        var groups = endpoints.MapGroup("/api/plans/delivery-groups").WithTags("Delivery groups");
        groups.MapListDeliveryGroups();
        groups.MapGetDeliveryGroup();

        var changes = groups.MapGroup("").RequireAuthorization(Roles.PartnershipOfficer);
        changes.MapCreateDeliveryGroup();
        return endpoints;
    }

    /// <summary>Delivery group changes (setting one up), audited as <see cref="DeliveryGroupResponse"/>.</summary>
    public static IServiceCollection AddDeliveryGroupChanges(this IServiceCollection services) =>
        services.AddChanges<PlansDbContext, DeliveryGroup>(setup => setup.AuditAs(group => group.Id.ToString(), DeliveryGroupResponse.From));
}
