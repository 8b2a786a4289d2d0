namespace Plans.Api.Domain;

/// <summary>
/// A public consultation or survey the Consultation service ran, as its events report it: when it was open, how many
/// responded by which channel, and, once published, the ranking order and the county-wide percentages. Evidence for
/// the plan it consulted on; its percentages feed perception measures. Events may arrive in any order (a replayed
/// ConsultationOpened after the results): each sets only what it knows.
/// </summary>
public sealed class ConsultationEvidence
{
    private ConsultationEvidence()
    {
    }

    public Guid ConsultationId { get; private set; }

    public string Title { get; private set; } = "";

    public Guid? PlanId { get; private set; }

    public List<string> Owners { get; private set; } = [];

    public DateOnly? OpensOn { get; private set; }

    public DateOnly? ClosesOn { get; private set; }

    public DateOnly? ClosedOn { get; private set; }

    public int? Respondents { get; private set; }

    public Dictionary<string, int> RespondentsByChannel { get; private set; } = [];

    public DateOnly? ResultsPublishedOn { get; private set; }

    public List<RankedPriority> Rankings { get; private set; } = [];

    public List<PerceptionResult> Indicators { get; private set; } = [];

    public DateTimeOffset UpdatedAt { get; private set; }

    public ConsultationStage Stage =>
        ResultsPublishedOn is not null ? ConsultationStage.ResultsPublished
        : ClosedOn is not null ? ConsultationStage.Closed
        : ConsultationStage.Open;

    public static ConsultationEvidence For(Guid consultationId) => new() { ConsultationId = consultationId };

    public void Opened(string title, IReadOnlyList<string> owners, DateOnly opensOn, DateOnly closesOn, Guid? planId, DateTimeOffset at)
    {
        Title = title;
        Owners = [.. owners];
        OpensOn = opensOn;
        ClosesOn = closesOn;
        PlanId ??= planId;
        UpdatedAt = at;
    }

    public void Closed(DateOnly closedOn, int respondents, IReadOnlyDictionary<string, int> byChannel, Guid? planId, DateTimeOffset at)
    {
        ClosedOn = closedOn;
        Respondents = respondents;
        RespondentsByChannel = new Dictionary<string, int>(byChannel, StringComparer.Ordinal);
        PlanId ??= planId;
        UpdatedAt = at;
    }

    public void ResultsPublished(
        string title, DateOnly publishedOn, DateOnly closedOn, int respondents, IReadOnlyList<RankedPriority> rankings,
        IReadOnlyList<PerceptionResult> indicators, Guid? planId, DateTimeOffset at)
    {
        Title = title;
        ResultsPublishedOn = publishedOn;
        ClosedOn = closedOn;
        Respondents = respondents;
        Rankings = [.. rankings];
        Indicators = [.. indicators];
        PlanId ??= planId;
        UpdatedAt = at;
    }
}

public enum ConsultationStage
{
    Open,
    Closed,
    ResultsPublished,
}

/// <summary>One option of a ranking question in its published order, with its average score out of 10.</summary>
public sealed record RankedPriority(string QuestionId, string OptionCode, string Label, int Position, decimal AverageScore);

/// <summary>A county-wide percentage from the published results, e.g. <c>safe-out-after-dark</c>: 50 % of 430.</summary>
public sealed record PerceptionResult(string Code, string Label, decimal Percent, int Base);
