using Consultation.Api.Data;
using Microsoft.EntityFrameworkCore;
using Platform.ServiceDefaults.Messaging;

namespace Consultation.Tests.Infrastructure;

internal static class Outbox
{
    /// <summary>Outbox rows whose payload mentions the consultation (payload is jsonb, so the match is made here).</summary>
    public static async Task<List<OutboxMessage>> EventsAboutAsync(this ConsultationDbContext db, Guid consultationId)
    {
        var all = await db.Set<OutboxMessage>().AsNoTracking().OrderBy(m => m.CreatedAt).ToListAsync();
        return [.. all.Where(m => m.Payload.Contains(consultationId.ToString(), StringComparison.Ordinal))];
    }
}
