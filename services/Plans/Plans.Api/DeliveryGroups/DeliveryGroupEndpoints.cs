using Plans.Api.DeliveryGroups.CreateDeliveryGroup;
using Plans.Api.DeliveryGroups.GetDeliveryGroup;
using Plans.Api.DeliveryGroups.ListDeliveryGroups;
using Platform.Contracts;

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
}
