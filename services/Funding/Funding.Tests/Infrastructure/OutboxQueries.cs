using Funding.Api.Data;
using Microsoft.EntityFrameworkCore;
using Platform.ServiceDefaults.Messaging;

namespace Funding.Tests.Infrastructure;

internal static class OutboxQueries
{
    /// <summary>The outbox rows whose event's <paramref name="payloadField"/> is <paramref name="id"/>.</summary>
    public static Task<List<OutboxMessage>> OutboxRowsWhereAsync(this FundingDbContext db, string payloadField, Guid id) =>
        db.Set<OutboxMessage>()
            .FromSqlInterpolated($"SELECT * FROM outbox_messages WHERE payload->>{payloadField} = {id.ToString()}")
            .AsNoTracking()
            .ToListAsync();
}
