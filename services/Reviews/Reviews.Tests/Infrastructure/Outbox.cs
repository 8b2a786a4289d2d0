using Reviews.Api.Data;
using Microsoft.EntityFrameworkCore;
using Platform.ServiceDefaults.Messaging;

namespace Reviews.Tests.Infrastructure;

internal static class Outbox
{
    /// <summary>Outbox rows whose payload mentions the review reference (payload is jsonb, so the match is made here, not in SQL).</summary>
    public static async Task<List<OutboxMessage>> EventsAboutAsync(this ReviewsDbContext db, string reviewReference)
    {
        var all = await db.Set<OutboxMessage>().AsNoTracking().OrderBy(m => m.CreatedAt).ToListAsync();
        return [.. all.Where(m => m.Payload.Contains(reviewReference, StringComparison.Ordinal))];
    }
}
