namespace Plans.Api.Domain;

/// <summary>
/// One event's +1 to a derived reading: which event (type, the source record's pseudonymous id, the message) made it
/// and when it arrived. Unique per (measure, source id, area), so neither a redelivery nor a republish under a new
/// message id counts twice.
/// </summary>
public sealed class ReadingContribution
{
    private ReadingContribution()
    {
    }

    public Guid MeasureId { get; private set; }

    public DateOnly PeriodStart { get; private set; }

    public string Area { get; private set; } = "";

    /// <summary>The event's wire name, e.g. <c>prevent.referral-received.v1</c>.</summary>
    public string EventType { get; private set; } = "";

    /// <summary>The id of what was counted in its own service: a referral, case or review id.</summary>
    public string SourceId { get; private set; } = "";

    public Guid MessageId { get; private set; }

    public DateTimeOffset ReceivedAt { get; private set; }
}
