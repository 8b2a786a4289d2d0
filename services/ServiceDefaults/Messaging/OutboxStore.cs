using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Platform.ServiceDefaults.Messaging;

/// <summary>
/// All SQL the relay, the admin endpoints and the checks run against <c>outbox_messages</c> / <c>inbox_messages</c>.
/// It uses the service's own DbContext connection, so it follows whatever database configuration the service has.
/// </summary>
internal abstract class OutboxStore
{
    private const int DeleteChunk = 5_000;

    /// <summary>
    /// The relay's statements are prepared (decision 0011), and a generic plan made while the table was small scans the
    /// whole table on every pass until the next ANALYZE: the outbox grows fastest exactly when the relay is busiest.
    /// Planning each pass afresh costs microseconds; this transaction's statements only.
    /// </summary>
    private const string ForceCustomPlans = "SET LOCAL plan_cache_mode = force_custom_plan";

    protected abstract Task<OutboxConnection> OpenAsync(CancellationToken cancellationToken);

    /// <summary>
    /// Locks up to <paramref name="batchSize"/> due rows for this relay until the batch completes. Rows another relay
    /// holds are skipped, so two relays never publish the same row at the same time.
    /// </summary>
    public async Task<OutboxBatch> ClaimAsync(int batchSize, CancellationToken cancellationToken)
    {
        var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        NpgsqlTransaction? transaction = null;
        try
        {
            transaction = await connection.Connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            // One round trip: the SET returns no rows, so the reader starts at the claim's.
            await using var claim = new NpgsqlBatch(connection.Connection, transaction)
            {
                BatchCommands =
                {
                    new NpgsqlBatchCommand(ForceCustomPlans),
                    new NpgsqlBatchCommand(
                        """
                        SELECT id, message_type, payload::text, headers::text, attempts
                        FROM outbox_messages
                        WHERE dispatched_at IS NULL AND dead_lettered_at IS NULL AND next_attempt_at <= now()
                        ORDER BY next_attempt_at, id
                        LIMIT $1
                        FOR UPDATE SKIP LOCKED
                        """)
                    {
                        Parameters = { new NpgsqlParameter { Value = batchSize } },
                    },
                },
            };
            var rows = new List<OutboxRow>();
            await using (var reader = await claim.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
            {
                while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                {
                    rows.Add(new OutboxRow(reader.GetGuid(0), reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.GetInt32(4)));
                }
            }

            return new OutboxBatch(connection, transaction, rows);
        }
        catch
        {
            if (transaction is not null)
            {
                await transaction.DisposeAsync().ConfigureAwait(false);
            }

            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    public async Task<OutboxStatistics> ReadStatisticsAsync(CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = new NpgsqlCommand(
            """
            SELECT count(*),
                   EXTRACT(EPOCH FROM now() - min(created_at))::float8,
                   (SELECT count(*) FROM outbox_messages WHERE dead_lettered_at IS NOT NULL)
            FROM outbox_messages
            WHERE dispatched_at IS NULL AND dead_lettered_at IS NULL
            """, connection.Connection);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        await reader.ReadAsync(cancellationToken).ConfigureAwait(false);
        return new OutboxStatistics(
            reader.GetInt64(0), reader.IsDBNull(1) ? 0 : Math.Max(0, reader.GetDouble(1)), reader.GetInt64(2));
    }

    public async Task<IReadOnlyList<DeadLetteredMessage>> ListDeadLettersAsync(int limit, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = new NpgsqlCommand(
            """
            SELECT id, message_type, occurred_at, attempts, last_error, dead_lettered_at
            FROM outbox_messages
            WHERE dead_lettered_at IS NOT NULL
            ORDER BY dead_lettered_at DESC, id
            LIMIT $1
            """, connection.Connection);
        command.Parameters.Add(new NpgsqlParameter { Value = limit });
        var messages = new List<DeadLetteredMessage>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            messages.Add(new DeadLetteredMessage(
                reader.GetGuid(0), reader.GetString(1), reader.GetFieldValue<DateTimeOffset>(2), reader.GetInt32(3),
                reader.IsDBNull(4) ? null : reader.GetString(4), reader.GetFieldValue<DateTimeOffset>(5)));
        }

        return messages;
    }

    /// <summary>Makes dead-lettered rows (one, or all when <paramref name="id"/> is null) due again with fresh attempts.</summary>
    public async Task<int> RedriveAsync(Guid? id, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = new NpgsqlCommand(
            """
            UPDATE outbox_messages
            SET dead_lettered_at = NULL, attempts = 0, last_error = NULL, next_attempt_at = now()
            WHERE dead_lettered_at IS NOT NULL AND ($1::uuid IS NULL OR id = $1)
            """, connection.Connection);
        command.Parameters.Add(new NpgsqlParameter<Guid?> { TypedValue = id, NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Uuid });
        return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Deletes dispatched outbox rows and inbox rows past their retention, in chunks to keep locks short.</summary>
    public async Task<int> DeleteExpiredAsync(TimeSpan dispatchedRetention, TimeSpan inboxRetention, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        var deleted = 0;
        foreach (var (sql, retention) in new[]
                 {
                     ("""
                      DELETE FROM outbox_messages WHERE id IN (
                          SELECT id FROM outbox_messages WHERE dispatched_at < now() - $1 LIMIT $2)
                      """, dispatchedRetention),
                     ("""
                      DELETE FROM inbox_messages WHERE (message_id, consumer) IN (
                          SELECT message_id, consumer FROM inbox_messages WHERE processed_at < now() - $1 LIMIT $2)
                      """, inboxRetention),
                 })
        {
            int chunk;
            do
            {
                await using var command = new NpgsqlCommand(sql, connection.Connection);
                command.Parameters.Add(new NpgsqlParameter { Value = retention });
                command.Parameters.Add(new NpgsqlParameter { Value = DeleteChunk });
                chunk = await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
                deleted += chunk;
            }
            while (chunk == DeleteChunk);
        }

        return deleted;
    }
}

internal sealed class OutboxStore<TDbContext>(IServiceScopeFactory scopes) : OutboxStore
    where TDbContext : DbContext
{
    protected override async Task<OutboxConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var scope = scopes.CreateAsyncScope();
        try
        {
            var database = scope.ServiceProvider.GetRequiredService<TDbContext>().Database;
            await database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
            return new OutboxConnection(scope, (NpgsqlConnection)database.GetDbConnection());
        }
        catch
        {
            await scope.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }
}

/// <summary>A connection borrowed from a DbContext in its own scope; disposing it returns both.</summary>
internal sealed class OutboxConnection(AsyncServiceScope scope, NpgsqlConnection connection) : IAsyncDisposable
{
    public NpgsqlConnection Connection => connection;

    public ValueTask DisposeAsync() => scope.DisposeAsync();
}

/// <summary>Rows claimed by one relay pass. Locks are held until <see cref="CompleteAsync"/> commits or disposal rolls back.</summary>
internal sealed class OutboxBatch(OutboxConnection connection, NpgsqlTransaction transaction, IReadOnlyList<OutboxRow> rows)
    : IAsyncDisposable
{
    public IReadOnlyList<OutboxRow> Rows => rows;

    public async Task CompleteAsync(
        IReadOnlyList<Guid> dispatched, IReadOnlyList<OutboxRowFailure> failures, CancellationToken cancellationToken)
    {
        await using var batch = new NpgsqlBatch(connection.Connection, transaction);
        if (dispatched.Count > 0)
        {
            batch.BatchCommands.Add(new NpgsqlBatchCommand(
                "UPDATE outbox_messages SET dispatched_at = now(), attempts = attempts + 1 WHERE id = ANY($1)")
            {
                Parameters = { new NpgsqlParameter { Value = dispatched.ToArray() } },
            });
        }

        foreach (var failure in failures)
        {
            batch.BatchCommands.Add(new NpgsqlBatchCommand(
                """
                UPDATE outbox_messages
                SET attempts = $2, last_error = $3, next_attempt_at = now() + $4,
                    dead_lettered_at = CASE WHEN $5 THEN now() END
                WHERE id = $1
                """)
            {
                Parameters =
                {
                    new NpgsqlParameter { Value = failure.Id },
                    new NpgsqlParameter { Value = failure.Attempts },
                    new NpgsqlParameter { Value = failure.Error },
                    new NpgsqlParameter { Value = failure.RetryAfter },
                    new NpgsqlParameter { Value = failure.DeadLettered },
                },
            });
        }

        if (batch.BatchCommands.Count > 0)
        {
            await batch.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
    }

    public async ValueTask DisposeAsync()
    {
        await transaction.DisposeAsync().ConfigureAwait(false);
        await connection.DisposeAsync().ConfigureAwait(false);
    }
}

internal sealed record OutboxRow(Guid Id, string MessageType, string Payload, string Headers, int Attempts);

internal sealed record OutboxRowFailure(Guid Id, int Attempts, string Error, TimeSpan RetryAfter, bool DeadLettered);

public sealed record OutboxStatistics(long Pending, double OldestPendingAgeSeconds, long DeadLettered);

public sealed record DeadLetteredMessage(
    Guid Id, string MessageType, DateTimeOffset OccurredAt, int Attempts, string? LastError, DateTimeOffset DeadLetteredAt);
