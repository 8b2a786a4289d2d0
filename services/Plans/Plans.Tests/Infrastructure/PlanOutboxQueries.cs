using Microsoft.EntityFrameworkCore;
using Plans.Api.Data;
using Platform.ServiceDefaults.Messaging;

namespace Plans.Tests.Infrastructure;

internal static class PlanOutboxQueries
{
    /// <summary>The outbox rows whose event concerns the given plan version, oldest first.</summary>
    public static Task<List<OutboxMessage>> OutboxRowsAboutPlanAsync(this PlansDbContext db, Guid planId) =>
        db.Set<OutboxMessage>()
            .FromSqlInterpolated($"SELECT * FROM outbox_messages WHERE payload->>'planId' = {planId.ToString()}")
            .AsNoTracking()
            .OrderBy(m => m.OccurredAt)
            .ToListAsync();
}
