using Funding.Api.Domain;
using Microsoft.EntityFrameworkCore;
using Platform.ServiceDefaults.Audit;
using Platform.ServiceDefaults.Data;
using Platform.ServiceDefaults.Messaging;

namespace Funding.Api.Data;

public sealed class FundingDbContext(DbContextOptions<FundingDbContext> options) : DbContext(options)
{
    public DbSet<Fund> Funds => Set<Fund>();

    public DbSet<BudgetLine> BudgetLines => Set<BudgetLine>();

    public DbSet<Round> Rounds => Set<Round>();

    public DbSet<GrantApplication> Applications => Set<GrantApplication>();

    public DbSet<Assessment> Assessments => Set<Assessment>();

    public DbSet<Grant> Grants => Set<Grant>();

    public DbSet<Claim> Claims => Set<Claim>();

    public DbSet<Payment> Payments => Set<Payment>();

    public DbSet<MonitoringReturn> MonitoringReturns => Set<MonitoringReturn>();

    public DbSet<LivePriority> Priorities => Set<LivePriority>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(FundingDbContext).Assembly);
        modelBuilder.AddOutboxAndInbox();
        modelBuilder.AddAuditLog();
        modelBuilder.UseSnakeCaseNames();
    }
}
