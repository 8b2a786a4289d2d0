using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Plans.Api.Domain;

namespace Plans.Api.Data;

internal sealed class MeasureConfiguration : IEntityTypeConfiguration<Measure>
{
    public void Configure(EntityTypeBuilder<Measure> measure)
    {
        measure.ToTable("measures");
        measure.HasKey(m => m.Id);
        measure.Property(m => m.Name).HasMaxLength(300);
        measure.Property(m => m.Unit).HasMaxLength(40);
        measure.Property(m => m.Direction).HasConversion<string>().HasMaxLength(20);
        measure.Property(m => m.Source).HasMaxLength(500);
        measure.Property(m => m.DerivedFrom).HasMaxLength(100);
        measure.Property(m => m.Version).IsRowVersion().HasColumnName("xmin").HasColumnType("xid");
        measure.Ignore(m => m.IsDerived);
        measure.Ignore(m => m.Baseline);
        measure.Ignore(m => m.Target);
        measure.Property(m => m.BaselineValue).HasPrecision(18, 4);
        measure.Property(m => m.TargetValue).HasPrecision(18, 4);
        measure.Property(m => m.TargetStatement).HasMaxLength(500);
        measure.HasOne<Outcome>().WithMany().HasForeignKey(m => m.OutcomeId).OnDelete(DeleteBehavior.Restrict);
        measure.HasIndex(m => new { m.OutcomeId, m.Name }).IsUnique();
        measure.HasIndex(m => m.DerivedFrom).HasFilter("derived_from IS NOT NULL");
    }
}
