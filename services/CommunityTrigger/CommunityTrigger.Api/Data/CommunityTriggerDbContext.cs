using CommunityTrigger.Api.Domain;
using Microsoft.EntityFrameworkCore;
using Platform.ServiceDefaults.Audit;
using Platform.ServiceDefaults.Data;
using Platform.ServiceDefaults.Messaging;

namespace CommunityTrigger.Api.Data;

public sealed class CommunityTriggerDbContext(DbContextOptions<CommunityTriggerDbContext> options) : DbContext(options)
{
    public DbSet<TriggerCase> Cases => Set<TriggerCase>();

    public DbSet<Recommendation> Recommendations => Set<Recommendation>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(CommunityTriggerDbContext).Assembly);
        modelBuilder.AddOutboxAndInbox();
        modelBuilder.AddAuditLog();
        modelBuilder.UseSnakeCaseNames();
    }
}
