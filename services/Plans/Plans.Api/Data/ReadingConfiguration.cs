using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Plans.Api.Domain;
using Platform.ServiceDefaults.Http;

namespace Plans.Api.Data;

internal sealed class ReadingConfiguration : IEntityTypeConfiguration<Reading>
{
    public void Configure(EntityTypeBuilder<Reading> reading)
    {
        reading.ToTable("readings");
        // The key (measure_id, period_start, area) is also the index for "a measure's readings over a range".
        reading.HasKey(r => new { r.MeasureId, r.PeriodStart, r.Area });
        // The quarterly report's window across all measures (migration 0006).
        reading.HasIndex(r => r.PeriodStart).IncludeProperties(r => new { r.MeasureId, r.Area, r.Value });
        reading.Property(r => r.Area).HasMaxLength(40);
        reading.Property(r => r.Value).HasPrecision(18, 4);
        reading.Property(r => r.Origin)
            .HasConversion(origin => EnumNames.NameOf(origin), text => EnumNames.Parse<ReadingOrigin>(text)!.Value)
            .HasMaxLength(20);
        reading.Property(r => r.Note).HasMaxLength(1000);
        reading.Property(r => r.Version).IsRowVersion().HasColumnName("xmin").HasColumnType("xid");
        reading.Ignore(r => r.Period);
        reading.HasOne<Measure>().WithMany().HasForeignKey(r => r.MeasureId).OnDelete(DeleteBehavior.Restrict);
    }
}
