namespace Platform.ServiceDefaults.Audit;

/// <summary>One row of the append-only audit log: who did what to which record, when, from where, before and after.</summary>
public sealed class AuditEntry
{
    public long Id { get; private set; }

    public required DateTimeOffset OccurredAt { get; init; }

    public required string Actor { get; init; }

    public string? Agency { get; init; }

    /// <summary>The actor's roles at the time, comma-separated.</summary>
    public required string Roles { get; init; }

    /// <summary>Verb in kebab-case, e.g. <c>priority-adopted</c>, <c>case-viewed</c>.</summary>
    public required string Action { get; init; }

    public required string SubjectType { get; init; }

    public required string SubjectId { get; init; }

    public string? RemoteAddress { get; init; }

    public string? TraceId { get; init; }

    /// <summary>JSON of the record before the change; null for creations and reads.</summary>
    public string? Before { get; init; }

    /// <summary>JSON of the record after the change; null for reads.</summary>
    public string? After { get; init; }
}
