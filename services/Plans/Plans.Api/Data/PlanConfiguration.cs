using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Plans.Api.Domain;

namespace Plans.Api.Data;

internal sealed class PlanConfiguration : IEntityTypeConfiguration<Plan>
{
    public void Configure(EntityTypeBuilder<Plan> plan)
    {
        plan.ToTable("plans");
        plan.HasKey(p => p.Id);
        plan.Property(p => p.Title).HasMaxLength(200);
        plan.Property(p => p.Status).HasConversion<string>().HasMaxLength(20);
        plan.Property(p => p.PriorityIds).HasColumnType("uuid[]");
        plan.Property(p => p.Enablers).HasColumnType("text[]");
        plan.Property(p => p.Version).IsRowVersion().HasColumnName("xmin").HasColumnType("xid");
        plan.HasIndex(p => new { p.SeriesId, p.VersionNumber }).IsUnique();
    }
}
