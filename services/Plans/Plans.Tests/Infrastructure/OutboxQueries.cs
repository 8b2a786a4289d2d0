using Microsoft.EntityFrameworkCore;
using Plans.Api.Data;
using Platform.ServiceDefaults.Messaging;

namespace Plans.Tests.Infrastructure;

internal static class OutboxQueries
{
    /// <summary>The outbox rows whose event concerns the given priority, oldest first.</summary>
    public static Task<List<OutboxMessage>> OutboxRowsAboutAsync(this PlansDbContext db, Guid priorityId) =>
        db.Set<OutboxMessage>()
            .FromSqlInterpolated($"SELECT * FROM outbox_messages WHERE payload->>'priorityId' = {priorityId.ToString()}")
            .AsNoTracking()
            .OrderBy(m => m.OccurredAt)
            .ToListAsync();
}
