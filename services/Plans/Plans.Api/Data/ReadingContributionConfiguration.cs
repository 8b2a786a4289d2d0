using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Plans.Api.Domain;

namespace Plans.Api.Data;

internal sealed class ReadingContributionConfiguration : IEntityTypeConfiguration<ReadingContribution>
{
    public void Configure(EntityTypeBuilder<ReadingContribution> contribution)
    {
        contribution.ToTable("reading_contributions");
        contribution.HasKey(c => new { c.MeasureId, c.SourceId, c.Area });
        contribution.Property(c => c.Area).HasMaxLength(40);
        contribution.Property(c => c.EventType).HasMaxLength(100);
        contribution.Property(c => c.SourceId).HasMaxLength(100);
        contribution.HasIndex(c => new { c.MeasureId, c.PeriodStart, c.Area, c.SourceId });
    }
}
