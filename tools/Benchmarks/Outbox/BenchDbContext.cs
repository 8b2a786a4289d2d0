using MassTransit;
using Microsoft.EntityFrameworkCore;
using Platform.Contracts;
using Platform.ServiceDefaults.Data;
using Platform.ServiceDefaults.Messaging;

namespace Benchmarks.Outbox;

/// <summary>A service's database in miniature: one table of its own, the outbox and the inbox.</summary>
internal sealed class BenchDbContext(DbContextOptions<BenchDbContext> options) : DbContext(options)
{
    public const string CreateTableSql =
        "CREATE TABLE bench_records (id uuid PRIMARY KEY, kind text NOT NULL, subject_id uuid NOT NULL)";

    public DbSet<BenchRecord> Records => Set<BenchRecord>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<BenchRecord>().ToTable("bench_records");
        modelBuilder.AddOutboxAndInbox();
        modelBuilder.UseSnakeCaseNames();
    }
}

/// <summary>An accepted change (kind "change") or the consumer's effect of its event (kind "applied").</summary>
internal sealed class BenchRecord
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public required string Kind { get; init; }

    public required Guid SubjectId { get; init; }
}

[MessageUrn("csp:bench:change-accepted:v1")]
[EntityName("bench.change-accepted.v1")]
internal sealed record ChangeAccepted : IntegrationEvent
{
    public required Guid SubjectId { get; init; }
}

/// <summary>A realistic consumer: the inbox row and its own effect in one transaction.</summary>
internal sealed class ApplyChangeConsumer(BenchDbContext db) : IdempotentConsumer<ChangeAccepted, BenchDbContext>(db)
{
    protected override Task HandleAsync(ChangeAccepted message, ConsumeContext<ChangeAccepted> context, CancellationToken cancellationToken)
    {
        DbContext.Records.Add(new BenchRecord { Kind = "applied", SubjectId = message.SubjectId });
        return Task.CompletedTask;
    }
}

/// <summary>
/// The baseline's message: the same fields as <see cref="ChangeAccepted"/> (so the same size on the wire), published
/// straight to the bus, consumed with no database.
/// </summary>
[MessageUrn("csp:bench:raw-change-accepted:v1")]
[EntityName("bench.raw-change-accepted.v1")]
internal sealed record RawChangeAccepted : IntegrationEvent
{
    public required Guid SubjectId { get; init; }
}

/// <summary>Does nothing: what is left of the latency is MassTransit and the broker.</summary>
internal sealed class RawChangeConsumer : IConsumer<RawChangeAccepted>
{
    public Task Consume(ConsumeContext<RawChangeAccepted> context) => Task.CompletedTask;
}
