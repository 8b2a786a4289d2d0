using Microsoft.EntityFrameworkCore;
using Platform.ServiceDefaults.Data;
using Platform.ServiceDefaults.Messaging;

namespace ServiceDefaults.Tests.TestDb;

/// <summary>A service's DbContext in miniature: one table of its own plus the platform's outbox and inbox.</summary>
public sealed class TestDbContext(DbContextOptions<TestDbContext> options) : DbContext(options)
{
    /// <summary>The test table; the platform's own tables come from the embedded ServiceDefaults migrations.</summary>
    public const string CreateTableSql =
        "CREATE TABLE test_records (id uuid PRIMARY KEY, kind text NOT NULL, subject_id uuid NOT NULL)";

    public DbSet<TestRecord> Records => Set<TestRecord>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<TestRecord>().ToTable("test_records");
        modelBuilder.AddOutboxAndInbox();
        modelBuilder.UseSnakeCaseNames();
    }
}

/// <summary>A state change (kind "change") or a consumer's effect (kind "applied") concerning a subject.</summary>
public sealed class TestRecord
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public required string Kind { get; init; }

    public required Guid SubjectId { get; init; }
}
