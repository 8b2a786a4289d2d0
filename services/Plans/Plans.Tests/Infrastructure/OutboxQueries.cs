using Microsoft.EntityFrameworkCore;
using Plans.Api.Data;
using Platform.ServiceDefaults.Messaging;

namespace Plans.Tests.Infrastructure;

internal static class OutboxQueries
{
    /// <summary>The outbox rows whose event concerns the given priority, oldest first.</summary>
    public static Task<List<OutboxMessage>> OutboxRowsAboutAsync(this PlansDbContext db, Guid priorityId) =>
        db.OutboxRowsWhereAsync("priorityId", priorityId);

    /// <summary>The outbox rows whose event concerns the given plan version, oldest first.</summary>
    public static Task<List<OutboxMessage>> OutboxRowsAboutPlanAsync(this PlansDbContext db, Guid planId) =>
        db.OutboxRowsWhereAsync("planId", planId);

    /// <summary>
    /// Oldest first: by the event's time, then by when its row was written, since the tests' clock stands still and
    /// events of successive requests share one OccurredAt.
    /// </summary>
    private static Task<List<OutboxMessage>> OutboxRowsWhereAsync(this PlansDbContext db, string payloadField, Guid id) =>
        db.Set<OutboxMessage>()
            .FromSqlInterpolated($"SELECT * FROM outbox_messages WHERE payload->>{payloadField} = {id.ToString()}")
            .AsNoTracking()
            .OrderBy(m => m.OccurredAt)
            .ThenBy(m => m.CreatedAt)
            .ToListAsync();
}
