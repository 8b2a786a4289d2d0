using Microsoft.EntityFrameworkCore;
using Platform.ServiceDefaults.Data;
using Platform.ServiceDefaults.Messaging;

namespace EndToEnd.Tests.LivePriorities;

public sealed class LivePrioritiesDbContext(DbContextOptions<LivePrioritiesDbContext> options) : DbContext(options)
{
    public DbSet<LivePriority> LivePriorities => Set<LivePriority>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<LivePriority>(priority =>
        {
            priority.ToTable("live_priorities");
            priority.HasKey(p => p.PriorityId);
        });
        modelBuilder.AddOutboxAndInbox();
        modelBuilder.UseSnakeCaseNames();
    }
}
