using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Plans.Api.Domain;
using Platform.ServiceDefaults.Data;

namespace Plans.Api.Data;

internal sealed class ConsultationEvidenceConfiguration : IEntityTypeConfiguration<ConsultationEvidence>
{
    public void Configure(EntityTypeBuilder<ConsultationEvidence> evidence)
    {
        evidence.ToTable("consultation_evidence");
        evidence.HasKey(e => e.ConsultationId);
        evidence.Property(e => e.ConsultationId).ValueGeneratedNever();
        evidence.Property(e => e.Title).HasMaxLength(200);
        evidence.Property(e => e.Owners).IsJson();
        evidence.Property(e => e.RespondentsByChannel).IsJson();
        evidence.Property(e => e.Rankings).IsJson();
        evidence.Property(e => e.Indicators).IsJson();
        evidence.Ignore(e => e.Stage);
        evidence.HasIndex(e => e.PlanId);
    }
}
