using Plans.Api.Domain;

namespace Plans.Api.Outcomes;

public sealed record OutcomeResponse(Guid Id, int Number, string Title, DateTimeOffset DefinedAt, uint Version)
{
    public static OutcomeResponse From(Outcome o) => new(o.Id, o.Number, o.Title, o.DefinedAt, o.Version);
}
