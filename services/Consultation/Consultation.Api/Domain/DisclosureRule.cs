namespace Consultation.Api.Domain;

/// <summary>
/// Small-number suppression for breakdowns (by district, by urban/rural): a group with fewer than
/// <see cref="MinimumBase"/> answers shows no figures, and when only one group of a breakdown is suppressed the next
/// smallest is suppressed too, so the hidden one cannot be worked out by subtracting the others from the county total.
/// County-wide figures are always shown.
/// </summary>
public sealed record DisclosureRule(int MinimumBase = 10)
{
    public IReadOnlySet<string?> SuppressedGroups(IReadOnlyList<(string? Group, long Base)> groups)
    {
        ArgumentNullException.ThrowIfNull(groups);
        var suppressed = groups.Where(g => g.Base < MinimumBase).Select(g => g.Group).ToHashSet();
        if (suppressed.Count == 1 && groups.Count > 1)
        {
            var next = groups.Where(g => !suppressed.Contains(g.Group)).OrderBy(g => g.Base).First();
            suppressed.Add(next.Group);
        }

        return suppressed;
    }
}
