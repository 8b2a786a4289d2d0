using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Plans.Api.Domain;
using Platform.ServiceDefaults.Data;

namespace Plans.Api.Data;

internal sealed class StrategicAssessmentConfiguration : IEntityTypeConfiguration<StrategicAssessment>
{
    public void Configure(EntityTypeBuilder<StrategicAssessment> assessment)
    {
        assessment.ToTable("strategic_assessments");
        assessment.HasKey(a => a.Id);
        assessment.HasIndex(a => a.Year).IsUnique();
        assessment.Property(a => a.Summary).HasMaxLength(8000);
        assessment.Property(a => a.KeyRisks).IsJson();
        assessment.Property(a => a.CrimeEvidence).IsJson();
        assessment.Property(a => a.Version).IsRowVersion().HasColumnName("xmin").HasColumnType("xid");
    }
}
