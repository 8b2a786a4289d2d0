namespace Platform.Web.Operations;

/// <summary>A service's outbox (<c>GET /api/{service}/admin/outbox</c>): how much waits to be published, and what gave up.</summary>
public sealed record OutboxStatusView(long Pending, double OldestPendingAgeSeconds, long DeadLettered, IReadOnlyList<DeadLetterView> DeadLetters);

public sealed record DeadLetterView(Guid Id, string MessageType, DateTimeOffset OccurredAt, int Attempts, string? LastError, DateTimeOffset DeadLetteredAt);

/// <summary>A partner message the Prevent intake parked, with why (no body for operations staff).</summary>
public sealed record ParkedMessageView(string Id, DateTimeOffset? ParkedAt, string Reason, string? PartnerAgency, int Bytes);

/// <summary>One service's row on the operations page: its outbox, or why it could not be read.</summary>
public sealed record ServiceOutbox(string Service, OutboxStatusView? Status, string? Problem);

public static class OperatedServices
{
    /// <summary>The services with an outbox, by their gateway path (<c>/api/{name}</c>).</summary>
    public static readonly IReadOnlyList<(string Name, string Title)> All =
    [
        ("plans", "Plans"), ("reviews", "Reviews"), ("community-trigger", "Community Trigger"), ("prevent", "Prevent"),
        ("funding", "Funding"), ("consultation", "Consultation"),
    ];

    public static bool Knows(string? service) => All.Any(known => known.Name == service);

    public static string Title(string service) => All.FirstOrDefault(known => known.Name == service).Title ?? service;
}
