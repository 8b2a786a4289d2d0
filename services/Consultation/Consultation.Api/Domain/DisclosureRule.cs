using Platform.ServiceDefaults.Disclosure;

namespace Consultation.Api.Domain;

/// <summary>
/// Which groups of a breakdown (by district, by urban/rural) show no figures. Two rules, both applied to the number of
/// people in each group who answered the question:
/// <list type="bullet">
/// <item>Disclosure: the platform's shared control (<see cref="SmallNumberSuppression"/>, decision 0014), with the
/// groups declared as the parts of the county-wide number: a group of 0–4 is withheld, and so is whatever else would
/// let it be worked out by subtraction.</item>
/// <item>Reliability: a group with fewer than <see cref="MinimumBase"/> answers (default 10) shows no percentages, as
/// survey reports do; its size is not a disclosure risk, so nothing more is withheld for it.</item>
/// </list>
/// County-wide figures are always shown: they are the results.
/// </summary>
public sealed record DisclosureRule(int MinimumBase = 10)
{
    public IReadOnlySet<string?> SuppressedGroups(IReadOnlyList<(string? Group, long Base)> groups)
    {
        ArgumentNullException.ThrowIfNull(groups);
        var suppression = new SmallNumberSuppression();
        var total = suppression.Count((int)groups.Sum(g => g.Base));
        var cells = groups.Select(g => suppression.Count((int)g.Base)).ToList();
        suppression.Total(total, cells);
        var published = suppression.Apply();
        return groups
            .Where((g, index) => published.IsWithheld(cells[index]) || g.Base < MinimumBase)
            .Select(g => g.Group)
            .ToHashSet();
    }
}
