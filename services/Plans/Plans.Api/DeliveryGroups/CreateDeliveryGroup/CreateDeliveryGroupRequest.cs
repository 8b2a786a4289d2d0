using System.ComponentModel.DataAnnotations;
using Platform.ServiceDefaults.Text;

namespace Plans.Api.DeliveryGroups.CreateDeliveryGroup;

public sealed record CreateDeliveryGroupRequest(
    [property: Required, StringLength(200, MinimumLength = 3)] string Name,
    [property: Required, StringLength(2000)] string Purpose,
    [property: Required, StringLength(100), AgencySlugs] string ChairAgency,
    [property: Required, Length(0, 50), AgencySlugs, ItemsMaxLength(100)] IReadOnlyList<string> MemberAgencies);
