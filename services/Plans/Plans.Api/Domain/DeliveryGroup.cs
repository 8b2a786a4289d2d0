namespace Plans.Api.Domain;

/// <summary>
/// A partnership delivery group (e.g. the Domestic Abuse and Sexual Violence Group) that owns priorities' work plans:
/// its purpose, the agency that chairs it and the member agencies (slugs only: no people).
/// </summary>
public sealed class DeliveryGroup
{
    private DeliveryGroup()
    {
    }

    public Guid Id { get; private set; }

    public string Name { get; private set; } = "";

    public string Purpose { get; private set; } = "";

    public string ChairAgency { get; private set; } = "";

    /// <summary>Member agencies' slugs, the chair's among them, each once, in the order given.</summary>
    public IReadOnlyList<string> MemberAgencies { get; private set; } = [];

    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>PostgreSQL's row version (xmin): a stale update fails instead of overwriting.</summary>
    public uint Version { get; private set; }

    public static DeliveryGroup Create(
        string name, string purpose, string chairAgency, IEnumerable<string> memberAgencies, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(now),
        Name = name.Trim(),
        Purpose = purpose,
        ChairAgency = chairAgency,
        MemberAgencies = [.. new[] { chairAgency }.Concat(memberAgencies).Distinct(StringComparer.Ordinal)],
        CreatedAt = now,
    };
}
