using Microsoft.EntityFrameworkCore;
using Plans.Api.Data;
using Plans.Api.Domain;
using Plans.Api.Readings;
using Platform.Contracts;

namespace Plans.Api.Reports.QuarterlyReport;

/// <summary>
/// Reads what the report needs in four queries (adopted priorities, their actions, measures, the window's readings)
/// and assembles it in memory: the report has to answer in well under 150 ms with a quarter of a million readings.
/// </summary>
internal static class QuarterlyReportBuilder
{
    public const int WindowLength = 4;

    /// <param name="exactFigures">The reader sees disclosure-controlled measures' exact figures (an analyst).</param>
    public static async Task<QuarterlyReport> BuildAsync(
        PlansDbContext db, Quarter period, DateOnly today, bool exactFigures, CancellationToken cancellationToken)
    {
        var window = new List<Quarter> { period };
        while (window.Count < WindowLength)
        {
            window.Insert(0, window[0].Previous());
        }

        var priorities = await DeliveryByPriorityAsync(db, today, cancellationToken);
        var outcomes = await OutcomesAsync(db, window, exactFigures, cancellationToken);
        var funding = await FundingByPriorityAsync(db, cancellationToken);
        return new QuarterlyReport(period.ToString(), window.ConvertAll(q => q.ToString()), today, priorities, outcomes, funding);
    }

    private static Task<List<PriorityMoney>> FundingByPriorityAsync(PlansDbContext db, CancellationToken cancellationToken) =>
        (from money in db.PriorityFunding.AsNoTracking()
         join priority in db.Priorities.AsNoTracking() on money.PriorityId equals priority.Id
         where priority.Status == PriorityStatus.Adopted
         orderby priority.Title
         select new PriorityMoney(priority.Id, priority.Title, money.Committed, money.Paid, money.Grants, money.Returns, money.LatestReturn))
        .ToListAsync(cancellationToken);

    private static async Task<List<PriorityDelivery>> DeliveryByPriorityAsync(PlansDbContext db, DateOnly today, CancellationToken cancellationToken)
    {
        var priorities = await (
                from priority in db.Priorities.AsNoTracking()
                where priority.Status == PriorityStatus.Adopted
                join g in db.DeliveryGroups.AsNoTracking() on priority.DeliveryGroupId equals g.Id into groups
                from deliveryGroup in groups.DefaultIfEmpty()
                orderby priority.Title, priority.Id
                select new { priority.Id, priority.Code, priority.Title, DeliveryGroup = deliveryGroup == null ? null : deliveryGroup.Name })
            .ToListAsync(cancellationToken);
        var adopted = priorities.Select(p => (Guid?)p.Id).ToHashSet();
        var actions = (await db.DeliveryActions.AsNoTracking()
                .Where(a => a.PriorityId == null || adopted.Contains(a.PriorityId))
                .Select(a => new ActionRow(a.Id, a.PriorityId, a.Description, a.OwnerAgency, a.DueOn, a.Status, a.SourceReviewReference))
                .ToListAsync(cancellationToken))
            .ToLookup(a => a.PriorityId);

        var rows = priorities.ConvertAll(p => Delivery(p.Id, p.Code, p.Title, p.DeliveryGroup, actions[p.Id], today));
        if (actions[null].Any())
        {
            rows.Add(Delivery(null, null, "Review recommendations not yet on a priority", null, actions[null], today));
        }

        return rows;
    }

    private static PriorityDelivery Delivery(
        Guid? priorityId, string? code, string title, string? deliveryGroup, IEnumerable<ActionRow> actions, DateOnly today)
    {
        var list = actions.ToList();
        int Count(ActionStatus status) => list.Count(a => DeliveryAction.ReportedStatus(a.Status, a.DueOn, today) == status);
        var overdue = list
            .Where(a => DeliveryAction.IsOverdue(a.Status, a.DueOn, today))
            .OrderBy(a => a.DueOn).ThenBy(a => a.Id)
            .Select(a => new OverdueAction(a.Id, a.Description, a.OwnerAgency, a.DueOn, today.DayNumber - a.DueOn.DayNumber, a.SourceReviewReference))
            .ToList();
        return new PriorityDelivery(
            priorityId, code, title, deliveryGroup,
            new RagCounts(Count(ActionStatus.NotStarted), Count(ActionStatus.OnTrack), Count(ActionStatus.AtRisk), Count(ActionStatus.OffTrack), Count(ActionStatus.Complete)),
            overdue);
    }

    private static async Task<List<OutcomeProgress>> OutcomesAsync(
        PlansDbContext db, List<Quarter> window, bool exactFigures, CancellationToken cancellationToken)
    {
        var outcomes = await db.Outcomes.AsNoTracking().OrderBy(o => o.Number).ToListAsync(cancellationToken);
        var allMeasures = await db.Measures.AsNoTracking().OrderBy(m => m.Name).ThenBy(m => m.Id).ToListAsync(cancellationToken);
        var measures = allMeasures.ToLookup(m => m.OutcomeId);
        var (first, last) = (window[0].Start, window[^1].Start);
        var counted = await db.Readings.AsNoTracking()
            .Where(r => r.PeriodStart >= first && r.PeriodStart <= last)
            .Select(r => new CountedReading(r.MeasureId, r.PeriodStart, r.Area, r.Value))
            .ToListAsync(cancellationToken);
        var readings = counted.ToDictionary(r => (r.MeasureId, r.PeriodStart, r.Area), r => r.Value);
        var controlled = exactFigures ? ControlledFigures.None : ReadingDisclosure.Control(allMeasures, counted);

        AreaSeries Series(Measure measure, string area)
        {
            var withheld = window.ConvertAll(q => controlled.Covers(measure.Id, q.Start) && controlled[measure.Id, q.Start, area] is null);
            var values = window.ConvertAll(q =>
                controlled.Covers(measure.Id, q.Start) ? controlled[measure.Id, q.Start, area]
                : readings.TryGetValue((measure.Id, q.Start, area), out var value) ? value
                : (decimal?)null);
            var travel = DirectionOfTravel.Judge(measure.Direction, window.Zip(values).ToList());
            return new AreaSeries(area, values, withheld, TravelResponse.Of(travel));
        }

        // A controlled measure shows all seven districts: leaving out those with no referrals would say they had none.
        MeasureProgress Progress(Measure measure)
        {
            var county = Series(measure, Districts.County);
            var target = measure is { Baseline: { } baseline, Target: { } goal }
                ? TargetProgress.Judge(baseline, goal, window.Zip(county.Values).ToList())
                : null;
            return new MeasureProgress(
                measure.Id, measure.Name, measure.Unit, measure.Direction, measure.Source, measure.DisclosureControlled,
                measure.Baseline, measure.Target, target,
                county,
                Districts.All.Select(district => Series(measure, district))
                    .Where(s => s.Values.Any(v => v is not null) || s.Withheld.Any(w => w))
                    .ToList());
        }

        return outcomes.ConvertAll(o => new OutcomeProgress(o.Number, o.Title, measures[o.Id].Select(Progress).ToList()));
    }

    /// <summary>What the report reads of an action: not its milestones, which would cost a JSON parse per row.</summary>
    private sealed record ActionRow(
        Guid Id, Guid? PriorityId, string Description, string OwnerAgency, DateOnly DueOn, ActionStatus Status, string? SourceReviewReference);
}
