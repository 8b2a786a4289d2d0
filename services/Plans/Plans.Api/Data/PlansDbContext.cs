using Microsoft.EntityFrameworkCore;
using Plans.Api.Domain;
using Platform.ServiceDefaults.Audit;
using Platform.ServiceDefaults.Data;
using Platform.ServiceDefaults.Messaging;

namespace Plans.Api.Data;

public sealed class PlansDbContext(DbContextOptions<PlansDbContext> options) : DbContext(options)
{
    public DbSet<Priority> Priorities => Set<Priority>();
    public DbSet<Outcome> Outcomes => Set<Outcome>();
    public DbSet<Measure> Measures => Set<Measure>();
    public DbSet<Reading> Readings => Set<Reading>();
    public DbSet<ReadingContribution> ReadingContributions => Set<ReadingContribution>();

    public DbSet<DeliveryGroup> DeliveryGroups => Set<DeliveryGroup>();

    public DbSet<DeliveryAction> DeliveryActions => Set<DeliveryAction>();

    public DbSet<ActionStatusChange> ActionStatusChanges => Set<ActionStatusChange>();

    public DbSet<StrategicAssessment> StrategicAssessments => Set<StrategicAssessment>();

    public DbSet<Plan> Plans => Set<Plan>();

    public DbSet<Area> Areas => Set<Area>();

    public DbSet<Agency> Agencies => Set<Agency>();

    public DbSet<PriorityFunding> PriorityFunding => Set<PriorityFunding>();

    public DbSet<ConsultationEvidence> ConsultationEvidence => Set<ConsultationEvidence>();

    public DbSet<CrimeImport> CrimeImports => Set<CrimeImport>();

    public DbSet<CrimeImportRun> CrimeImportRuns => Set<CrimeImportRun>();

    public DbSet<CrimeTypeMapping> CrimeTypeMappings => Set<CrimeTypeMapping>();

    public DbSet<HarmIndex> HarmIndexes => Set<HarmIndex>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(PlansDbContext).Assembly);
        modelBuilder.AddOutboxAndInbox();
        modelBuilder.AddAuditLog();
        modelBuilder.UseSnakeCaseNames();
    }
}
