using Microsoft.EntityFrameworkCore;
using Plans.Api.Data;
using Plans.Api.Domain;
using Platform.Contracts;
using Platform.ServiceDefaults.Auth;
using Platform.ServiceDefaults.Disclosure;

namespace Plans.Api.Readings;

/// <summary>A derived count as Plans reads it, before disclosure control.</summary>
internal readonly record struct CountedReading(Guid MeasureId, DateOnly PeriodStart, string Area, decimal Value);

/// <summary>
/// How the figures of <see cref="Measure.DisclosureControlled"/> measures leave Plans (decision 0025): through the
/// platform's one small-number control (decision 0014), on every output (readings, CSV, quarterly report), to everyone
/// but analysts. Each quarter of such a measure is published as a table of the county and all seven districts, zeros
/// included (a missing district would say "none here" and give its neighbours away); the county is declared as the sum
/// of the districts plus the events of no known district (never published), and a family's root measure
/// (<c>prevent-referrals</c>) as the sum of its breakdown measures (<c>prevent-referrals:education</c>, ...), so no
/// withheld count follows from the county, the other districts or the other measures of the family.
/// </summary>
internal static class ReadingDisclosure
{
    /// <summary>The areas of a published quarter, in the order readings are listed.</summary>
    public static readonly IReadOnlyList<string> Areas = [.. Districts.All.Append(Districts.County).Order(StringComparer.Ordinal)];

    /// <summary>
    /// Analysts of the partnership produce the strategic assessment and need the exact figures (under the information
    /// sharing agreement); everyone else, scrutiny members and partner systems included, sees the controlled figures.
    /// </summary>
    public static bool SeesExactFigures(this CurrentUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return user.IsInRole(Roles.Analyst);
    }

    /// <summary>
    /// The published figures of every controlled measure among <paramref name="measures"/> in the quarters from
    /// <paramref name="first"/> to <paramref name="last"/> (both optional): the family's other measures are read too.
    /// </summary>
    public static async Task<ControlledFigures> ForAsync(
        PlansDbContext db, IEnumerable<Measure> measures, DateOnly? first, DateOnly? last, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var families = measures.Where(m => m.DisclosureControlled).Select(m => DerivedSources.FamilyOf(m.DerivedFrom!)).ToHashSet();
        if (families.Count == 0)
        {
            return ControlledFigures.None;
        }

        var related = (await db.Measures.AsNoTracking().Where(m => m.DisclosureControlled).ToListAsync(cancellationToken))
            .Where(m => families.Contains(DerivedSources.FamilyOf(m.DerivedFrom!)))
            .ToList();
        var ids = related.ConvertAll(m => m.Id);
        var readings = db.Readings.AsNoTracking().Where(r => ids.Contains(r.MeasureId));
        if (first is { } from)
        {
            readings = readings.Where(r => r.PeriodStart >= from);
        }

        if (last is { } to)
        {
            readings = readings.Where(r => r.PeriodStart <= to);
        }

        var counted = await readings
            .Select(r => new CountedReading(r.MeasureId, r.PeriodStart, r.Area, r.Value))
            .ToListAsync(cancellationToken);
        return Control(related, counted);
    }

    /// <summary>Applies the control to the readings of controlled measures (others in either list are ignored).</summary>
    public static ControlledFigures Control(IEnumerable<Measure> measures, IEnumerable<CountedReading> readings)
    {
        var controlled = measures.Where(m => m.DisclosureControlled).DistinctBy(m => m.Id).ToDictionary(m => m.Id);
        var values = readings.Where(r => controlled.ContainsKey(r.MeasureId))
            .ToDictionary(r => (r.MeasureId, r.PeriodStart, r.Area), r => (int)r.Value);
        var published = new Dictionary<(Guid, DateOnly, string), int?>();
        var quarters = values.Keys.Select(key => (Family: DerivedSources.FamilyOf(controlled[key.MeasureId].DerivedFrom!), key.PeriodStart)).Distinct();
        foreach (var (family, periodStart) in quarters)
        {
            var members = controlled.Values
                .Where(m => DerivedSources.FamilyOf(m.DerivedFrom!) == family
                    && Areas.Any(area => values.ContainsKey((m.Id, periodStart, area))))
                .OrderBy(m => m.Id)
                .ToList();
            int CountOf(Measure m, string area) => values.GetValueOrDefault((m.Id, periodStart, area));

            var suppression = new SmallNumberSuppression();
            var figures = members.ToDictionary(
                m => m.Id,
                m => Areas.ToDictionary(area => area, area => suppression.Count(CountOf(m, area))));
            foreach (var m in members)
            {
                var districts = Districts.All.Select(d => (Figure: figures[m.Id][d], Count: CountOf(m, d)));
                Declare(suppression, figures[m.Id][Districts.County], CountOf(m, Districts.County), districts);
            }

            // The root measure is the sum of its breakdown (one measure per breakdown key); a root defined after a
            // breakdown measure can count fewer, and then the two are not a sum and nothing follows from them.
            var breakdown = members.Where(m => m.DerivedFrom != family).GroupBy(m => m.DerivedFrom).Select(g => g.First()).ToList();
            foreach (var root in members.Where(m => m.DerivedFrom == family && breakdown.Count > 0))
            {
                foreach (var area in Areas)
                {
                    Declare(suppression, figures[root.Id][area], CountOf(root, area), breakdown.Select(m => (figures[m.Id][area], CountOf(m, area))));
                }
            }

            var result = suppression.Apply();
            foreach (var m in members)
            {
                foreach (var area in Areas)
                {
                    published[(m.Id, periodStart, area)] = result[figures[m.Id][area]];
                }
            }
        }

        return new ControlledFigures(published);
    }

    /// <summary>Declares <paramref name="total"/> as its parts plus what none of them counts (unpublished), if it is a sum.</summary>
    private static void Declare(SmallNumberSuppression suppression, Figure total, int totalCount, IEnumerable<(Figure Figure, int Count)> parts)
    {
        var list = parts.ToList();
        var rest = totalCount - list.Sum(part => part.Count);
        if (rest < 0)
        {
            return;
        }

        var members = list.ConvertAll(part => part.Figure);
        if (rest > 0)
        {
            members.Add(suppression.Unpublished(rest));
        }

        suppression.Total(total, members);
    }
}

/// <summary>
/// The published figures of controlled measures: for each quarter in which such a measure has any reading, every area's
/// figure, null where withheld.
/// </summary>
internal sealed class ControlledFigures(IReadOnlyDictionary<(Guid MeasureId, DateOnly PeriodStart, string Area), int?> published)
{
    public static readonly ControlledFigures None = new(new Dictionary<(Guid, DateOnly, string), int?>());

    /// <summary>The quarters of <paramref name="measureId"/> that are published (as whole tables), in order.</summary>
    public IReadOnlyList<DateOnly> QuartersOf(Guid measureId) =>
        [.. published.Keys.Where(key => key.MeasureId == measureId && key.Area == Districts.County).Select(key => key.PeriodStart).Distinct().Order()];

    public bool Covers(Guid measureId, DateOnly periodStart) => published.ContainsKey((measureId, periodStart, Districts.County));

    /// <summary>The published figure; null when withheld.</summary>
    public int? this[Guid measureId, DateOnly periodStart, string area] => published[(measureId, periodStart, area)];
}
