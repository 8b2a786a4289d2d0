using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Plans.Api.Domain;

namespace Plans.Api.Data;

internal sealed class PriorityConfiguration : IEntityTypeConfiguration<Priority>
{
    public void Configure(EntityTypeBuilder<Priority> priority)
    {
        priority.ToTable("priorities");
        priority.HasKey(p => p.Id);
        priority.Property(p => p.Title).HasMaxLength(200);
        priority.Property(p => p.Description).HasMaxLength(4000);
        priority.Property(p => p.StrategicTheme).HasMaxLength(200);
        priority.Property(p => p.SponsorAgency).HasMaxLength(100);
        priority.Property(p => p.LeadOfficer).HasMaxLength(200);
        priority.Property(p => p.Code).HasMaxLength(100);
        priority.HasIndex(p => p.Code).IsUnique();
        priority.HasOne<DeliveryGroup>().WithMany().HasForeignKey(p => p.DeliveryGroupId).OnDelete(DeleteBehavior.Restrict);
        priority.Property(p => p.Status).HasConversion<string>().HasMaxLength(20);
        priority.Property(p => p.Answers).HasColumnType("text[]");
        priority.Property(p => p.Version).IsRowVersion().HasColumnName("xmin").HasColumnType("xid");
        priority.HasIndex(p => new { p.Status, p.Id });
    }
}
