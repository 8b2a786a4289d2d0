using Plans.Contracts;
using Platform.ServiceDefaults.Domain;
using Platform.ServiceDefaults.Errors;

namespace Plans.Api.Domain;

/// <summary>
/// One version of the partnership plan for a period (e.g. the Safer Norfolk Plan 2025–28): the adopted priorities
/// and the enablers it covers. A version moves draft → consultation → published → superseded; the yearly refresh
/// of a published plan is a new draft version in the same series, so earlier versions stay as history. Publishing
/// announces <see cref="PlanPublished"/>.
/// </summary>
public sealed class Plan : AggregateRoot
{
    private Plan()
    {
    }

    public Guid Id { get; private set; }

    /// <summary>Shared by every version of the same plan.</summary>
    public Guid SeriesId { get; private set; }

    public int VersionNumber { get; private set; }

    public Guid? PreviousVersionId { get; private set; }

    public string Title { get; private set; } = "";

    public int StartYear { get; private set; }

    public int EndYear { get; private set; }

    public PlanStatus Status { get; private set; }

    public List<Guid> PriorityIds { get; private set; } = [];

    public List<string> Enablers { get; private set; } = [];

    public DateTimeOffset DraftedAt { get; private set; }

    public DateTimeOffset? ConsultationStartedAt { get; private set; }

    public DateTimeOffset? PublishedAt { get; private set; }

    public DateTimeOffset? SupersededAt { get; private set; }

    /// <summary>PostgreSQL's row version (xmin): a stale update fails instead of overwriting.</summary>
    public uint Version { get; private set; }

    /// <summary>A first draft of a new plan. <paramref name="priorities"/> are those the ids name, as found.</summary>
    public static Plan Draft(
        string title, int startYear, int endYear, IReadOnlyList<Guid> priorityIds, IReadOnlyList<string> enablers,
        IEnumerable<Priority> priorities, DateTimeOffset now)
    {
        RequirePeriod(startYear, endYear);
        var id = Guid.CreateVersion7(now);
        var plan = new Plan
        {
            Id = id,
            SeriesId = id,
            VersionNumber = 1,
            Title = title,
            StartYear = startYear,
            EndYear = endYear,
            Status = PlanStatus.Draft,
            DraftedAt = now,
        };
        plan.SetContents(priorityIds, enablers, priorities);
        return plan;
    }

    /// <summary>Replaces the priorities and enablers of a draft; a plan out of draft is fixed.</summary>
    public void Edit(string title, IReadOnlyList<Guid> priorityIds, IReadOnlyList<string> enablers, IEnumerable<Priority> priorities)
    {
        RequireStatus(PlanStatus.Draft, "plan-not-draft", "Only a draft plan can be edited");
        Title = title;
        SetContents(priorityIds, enablers, priorities);
    }

    public void StartConsultation(DateTimeOffset now)
    {
        RequireStatus(PlanStatus.Draft, "plan-not-draft", "Only a draft plan can go out to consultation");
        Status = PlanStatus.Consultation;
        ConsultationStartedAt = now;
    }

    /// <summary>
    /// Publishes this version, superseding <paramref name="currentlyPublished"/> (the series' published version, if
    /// any). Every priority must still be adopted, have a delivery group and at least one action; otherwise nothing
    /// changes and the refusal names the priorities.
    /// </summary>
    public void Publish(IReadOnlyCollection<PriorityReadiness> priorities, Plan? currentlyPublished, DateTimeOffset now)
    {
        RequireStatus(PlanStatus.Consultation, "plan-not-in-consultation", "Only a plan that has been out to consultation can be published");
        if (PriorityIds.Count == 0)
        {
            throw new RuleViolationException(
                "plan-without-priorities", "A plan needs at least one priority before it is published.", RuleViolationKind.BusinessRule);
        }

        var byId = priorities.ToDictionary(p => p.PriorityId);
        var missing = PriorityIds.Where(id => !byId.TryGetValue(id, out var p) || p.Status != PriorityStatus.Adopted).ToList();
        if (missing.Count > 0)
        {
            throw NotAdopted(missing);
        }

        var inPlan = PriorityIds.Select(id => byId[id]).ToList();
        Refuse(inPlan.Where(p => !p.HasDeliveryGroup).ToList(), "priority-without-delivery-group", "have no delivery group");
        Refuse(inPlan.Where(p => p.ActionCount == 0).ToList(), "priority-without-actions", "have no actions in their work plan");

        if (currentlyPublished is not null && currentlyPublished.Id != Id)
        {
            if (currentlyPublished.SeriesId != SeriesId)
            {
                throw new InvalidOperationException("A plan only supersedes an earlier version of itself.");
            }

            currentlyPublished.Status = PlanStatus.Superseded;
            currentlyPublished.SupersededAt = now;
        }

        Status = PlanStatus.Published;
        PublishedAt = now;
        Announce(new PlanPublished
        {
            OccurredAt = now,
            PlanId = Id,
            SeriesId = SeriesId,
            VersionNumber = VersionNumber,
            StartYear = StartYear,
            EndYear = EndYear,
            PriorityIds = [.. PriorityIds],
            Enablers = [.. Enablers],
            SupersededPlanId = currentlyPublished?.Id,
        });
    }

    /// <summary>The yearly refresh: a new draft version of this published plan with the same priorities and enablers.</summary>
    public Plan Refresh(DateTimeOffset now)
    {
        RequireStatus(PlanStatus.Published, "plan-not-published", "Only the published plan can be refreshed");
        return new Plan
        {
            Id = Guid.CreateVersion7(now),
            SeriesId = SeriesId,
            VersionNumber = VersionNumber + 1,
            PreviousVersionId = Id,
            Title = Title,
            StartYear = StartYear,
            EndYear = EndYear,
            Status = PlanStatus.Draft,
            PriorityIds = [.. PriorityIds],
            Enablers = [.. Enablers],
            DraftedAt = now,
        };
    }

    /// <summary>Reference data: a plan loaded as already published (the seed), with a fixed id.</summary>
    public static Plan Published(
        Guid id, string title, int startYear, int endYear, IReadOnlyList<Guid> priorityIds, IReadOnlyList<string> enablers, DateTimeOffset publishedAt)
    {
        RequirePeriod(startYear, endYear);
        return new Plan
        {
            Id = id,
            SeriesId = id,
            VersionNumber = 1,
            Title = title,
            StartYear = startYear,
            EndYear = endYear,
            Status = PlanStatus.Published,
            PriorityIds = [.. priorityIds],
            Enablers = [.. enablers],
            DraftedAt = publishedAt,
            PublishedAt = publishedAt,
        };
    }

    private void SetContents(IReadOnlyList<Guid> priorityIds, IReadOnlyList<string> enablers, IEnumerable<Priority> priorities)
    {
        var adopted = priorities.Where(p => p.Status == PriorityStatus.Adopted).Select(p => p.Id).ToHashSet();
        var notAdopted = priorityIds.Where(id => !adopted.Contains(id)).Distinct().ToList();
        if (notAdopted.Count > 0)
        {
            throw NotAdopted(notAdopted);
        }

        var unknown = enablers.Where(e => !Domain.Enablers.IsEnabler(e)).Distinct().ToList();
        if (unknown.Count > 0)
        {
            throw new RuleViolationException(
                "unknown-enabler",
                $"Not an enabler of the plan: {string.Join(", ", unknown)}. Use: {string.Join(", ", Domain.Enablers.All)}.",
                RuleViolationKind.BusinessRule);
        }

        PriorityIds = priorityIds.Distinct().ToList();
        Enablers = enablers.Distinct().ToList();
    }

    private void RequireStatus(PlanStatus required, string rule, string message)
    {
        if (Status != required)
        {
            throw new RuleViolationException(rule, $"{message}; this one is {Status.ToString().ToLowerInvariant()}.");
        }
    }

    private static void RequirePeriod(int startYear, int endYear)
    {
        if (endYear <= startYear)
        {
            throw new RuleViolationException(
                "invalid-period", $"A plan's period ends after it starts; {startYear}–{endYear} does not.", RuleViolationKind.BusinessRule);
        }
    }

    private static RuleViolationException NotAdopted(IEnumerable<Guid> ids) => new(
        "priority-not-adopted",
        $"Only adopted priorities can be in a plan; these are not: {string.Join(", ", ids)}.",
        RuleViolationKind.BusinessRule);

    private static void Refuse(List<PriorityReadiness> priorities, string rule, string problem)
    {
        if (priorities.Count > 0)
        {
            throw new RuleViolationException(
                rule,
                $"Every priority in a published plan needs a delivery group and at least one action; these {problem}: " +
                string.Join("; ", priorities.Select(p => $"{p.Title} ({p.PriorityId})")) + ".",
                RuleViolationKind.BusinessRule);
        }
    }
}

/// <summary>What publishing needs to know about one priority in the plan.</summary>
public sealed record PriorityReadiness(Guid PriorityId, string Title, PriorityStatus Status, bool HasDeliveryGroup, int ActionCount);
