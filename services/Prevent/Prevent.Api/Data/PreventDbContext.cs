using Microsoft.EntityFrameworkCore;
using Platform.ServiceDefaults.Audit;
using Platform.ServiceDefaults.Data;
using Platform.ServiceDefaults.Messaging;
using Prevent.Api.Domain;

namespace Prevent.Api.Data;

public sealed class PreventDbContext(DbContextOptions<PreventDbContext> options) : DbContext(options)
{
    public DbSet<Referral> Referrals => Set<Referral>();

    public DbSet<RejectedReferral> RejectedReferrals => Set<RejectedReferral>();

    public DbSet<PanelMeeting> PanelMeetings => Set<PanelMeeting>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(PreventDbContext).Assembly);
        modelBuilder.AddOutboxAndInbox();
        modelBuilder.AddAuditLog();
        modelBuilder.UseSnakeCaseNames();
    }
}
