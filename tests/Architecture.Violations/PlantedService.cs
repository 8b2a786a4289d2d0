#pragma warning disable CA1812, CA1822, CA1515, CA1062 // never instantiated: only its dependencies matter

using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Planted.Api.Domain;
using Planted.Api.Things.ProposeThing;
using Platform.ServiceDefaults.Errors;

// A service shaped like Planted.Api: resource "Things" with two use-case slices, Data and Domain.
namespace Planted.Api.Things
{
    /// <summary>Shared by the resource's slices: allowed.</summary>
    public sealed record ThingResponse(string Name)
    {
        public static ThingResponse From(Thing thing) => new(thing.Name);
    }
}

namespace Planted.Api.Things.ProposeThing
{
    public sealed record ProposeThingRequest(string Name);

    public static class ProposeThingEndpoint
    {
        public static Things.ThingResponse Handle(ProposeThingRequest request) => new(request.Name);
    }
}

namespace Planted.Api.Things.AdoptThing
{
    /// <summary>Violation: a slice using its sibling's request type.</summary>
    public static class AdoptThingEndpoint
    {
        public static Things.ThingResponse Handle(ProposeThingRequest request) => new(request.Name);
    }
}

namespace Planted.Api.Things.GetThing
{
    /// <summary>Allowed: the resource's shared type and the domain.</summary>
    public static class GetThingEndpoint
    {
        public static Things.ThingResponse Handle(Thing thing) => Things.ThingResponse.From(thing);
    }
}

namespace Planted.Api.Data
{
    /// <summary>Violation: Data reaching into a slice.</summary>
    public static class ThingImport
    {
        public static string NameOf(ProposeThingRequest request) => request.Name;
    }

    /// <summary>Allowed: Data maps the domain with EF.</summary>
    public sealed class ThingsDbContext(DbContextOptions<ThingsDbContext> options) : DbContext(options)
    {
        public DbSet<Thing> Things => Set<Thing>();
    }
}

namespace Planted.Api.Domain
{
    /// <summary>Allowed: a domain type refusing a move with the shared rule exception.</summary>
    public sealed class Thing
    {
        public string Name { get; set; } = "";

        public void Adopt()
        {
            if (Name.Length == 0)
            {
                throw new RuleViolationException("thing-unnamed", "A thing needs a name.");
            }
        }
    }

    /// <summary>Violation: HTTP in the domain.</summary>
    public sealed class ThingStatus
    {
        public static string PathOf(HttpContext context) => context.Request.Path;
    }

    /// <summary>Violation: EF in the domain.</summary>
    public sealed class ThingQuery
    {
        public IQueryable<Thing> Unnamed(DbSet<Thing> things) => things.Where(t => t.Name.Length == 0);
    }
}
