using Microsoft.EntityFrameworkCore;
using Platform.ServiceDefaults.Audit;
using Platform.ServiceDefaults.Data;
using Platform.ServiceDefaults.Messaging;
using Reviews.Api.Domain;

namespace Reviews.Api.Data;

public sealed class ReviewsDbContext(DbContextOptions<ReviewsDbContext> options) : DbContext(options)
{
    public const string ReferenceSequence = "review_reference_numbers";

    public DbSet<ReviewCase> Reviews => Set<ReviewCase>();

    public DbSet<RestrictedRecord> RestrictedRecords => Set<RestrictedRecord>();

    /// <summary>The next review number: a sequence, so concurrent notifications never share one and nothing about the death shapes it.</summary>
    public async Task<long> NextReferenceNumberAsync(CancellationToken cancellationToken) =>
        await Database.SqlQueryRaw<long>($"SELECT nextval('{ReferenceSequence}') AS \"Value\"").SingleAsync(cancellationToken);

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.HasSequence<long>(ReferenceSequence);
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(ReviewsDbContext).Assembly);
        modelBuilder.AddOutboxAndInbox();
        modelBuilder.AddAuditLog();
        modelBuilder.UseSnakeCaseNames();
    }
}
