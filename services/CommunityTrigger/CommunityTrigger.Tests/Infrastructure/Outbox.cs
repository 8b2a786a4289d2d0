using CommunityTrigger.Api.Data;
using Microsoft.EntityFrameworkCore;
using Platform.ServiceDefaults.Messaging;

namespace CommunityTrigger.Tests.Infrastructure;

internal static class Outbox
{
    /// <summary>Outbox rows whose payload mentions the case (payload is jsonb, so the match is made here, not in SQL).</summary>
    public static async Task<List<OutboxMessage>> EventsAboutAsync(this CommunityTriggerDbContext db, Guid caseId)
    {
        var all = await db.Set<OutboxMessage>().AsNoTracking().OrderBy(m => m.CreatedAt).ToListAsync();
        return [.. all.Where(m => m.Payload.Contains(caseId.ToString(), StringComparison.Ordinal))];
    }
}
