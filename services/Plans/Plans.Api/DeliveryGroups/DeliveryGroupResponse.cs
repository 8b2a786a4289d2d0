using Plans.Api.Domain;

namespace Plans.Api.DeliveryGroups;

public sealed record DeliveryGroupResponse(
    Guid Id,
    string Name,
    string Purpose,
    string ChairAgency,
    IReadOnlyList<string> MemberAgencies,
    DateTimeOffset CreatedAt,
    uint Version)
{
    public static DeliveryGroupResponse From(DeliveryGroup g) =>
        new(g.Id, g.Name, g.Purpose, g.ChairAgency, g.MemberAgencies, g.CreatedAt, g.Version);
}
