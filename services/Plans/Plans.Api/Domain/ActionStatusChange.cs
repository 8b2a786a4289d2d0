namespace Plans.Api.Domain;

/// <summary>One entry of an action's status history: who moved it from what to what, when, and why (the note).</summary>
public sealed class ActionStatusChange
{
    private ActionStatusChange()
    {
    }

    /// <summary>Assigned by the database in commit order, so the history reads in the order things happened.</summary>
    public long Id { get; private set; }

    public Guid ActionId { get; private set; }

    public ActionStatus FromStatus { get; private set; }

    public ActionStatus ToStatus { get; private set; }

    public string Note { get; private set; } = "";

    public DateTimeOffset ChangedAt { get; private set; }

    /// <summary>The token subject of whoever made the change.</summary>
    public string ChangedBy { get; private set; } = "";

    internal static ActionStatusChange Record(
        Guid actionId, ActionStatus from, ActionStatus to, string note, string changedBy, DateTimeOffset now) => new()
    {
        ActionId = actionId,
        FromStatus = from,
        ToStatus = to,
        Note = note,
        ChangedAt = now,
        ChangedBy = changedBy,
    };
}
