using Consultation.Api.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Platform.ServiceDefaults.Data;

namespace Consultation.Api.Data;

internal sealed class ConsultationConfiguration : IEntityTypeConfiguration<PublicConsultation>
{
    public void Configure(EntityTypeBuilder<PublicConsultation> consultation)
    {
        consultation.ToTable("consultations");
        consultation.HasKey(c => c.Id);
        consultation.Property(c => c.Id).ValueGeneratedNever();
        consultation.Property(c => c.Title).HasMaxLength(200);
        consultation.Property(c => c.Purpose).HasMaxLength(4000);
        consultation.Property(c => c.Owners).IsJson();
        consultation.Property(c => c.Audience).HasMaxLength(500);
        consultation.Property(c => c.Status).HasConversion<string>().HasMaxLength(30);
        consultation.Property(c => c.Questions).IsJson();
        consultation.Property(c => c.CodeFrame).IsJson();
        consultation.Property(c => c.YouSaidWeDid).IsJson();
        consultation.Property(c => c.Version).IsRowVersion().HasColumnName("xmin").HasColumnType("xid");
        consultation.Ignore(c => c.QuestionSet);
        consultation.Ignore(c => c.Details);
        consultation.Ignore(c => c.ResultsArePublic);
        consultation.HasIndex(c => c.Status);
    }
}

internal sealed class ResponseConfiguration : IEntityTypeConfiguration<ConsultationResponse>
{
    public void Configure(EntityTypeBuilder<ConsultationResponse> response)
    {
        response.ToTable("responses");
        response.HasKey(r => r.Id);
        response.Property(r => r.Id).ValueGeneratedNever();
        response.Property(r => r.Channel).HasConversion<string>().HasMaxLength(20);
        response.Property(r => r.SessionTokenHash).HasMaxLength(64);
        response.Property(r => r.District).HasMaxLength(40);
        response.Property(r => r.AreaType).HasMaxLength(20);
        response.Property(r => r.AgeBand).HasMaxLength(20);
        response.Property(r => r.BatchLabel).HasMaxLength(200);
        response.Property(r => r.EnteredBy).HasMaxLength(200);
        response.HasOne<PublicConsultation>().WithMany().HasForeignKey(r => r.ConsultationId);
        response.HasIndex(r => new { r.ConsultationId, r.SessionTokenHash }).IsUnique();
    }
}

internal sealed class AnswerRowConfiguration : IEntityTypeConfiguration<AnswerRow>
{
    public void Configure(EntityTypeBuilder<AnswerRow> answer)
    {
        answer.ToTable("answers");
        answer.HasKey(a => a.Id);
        answer.Property(a => a.Id).UseIdentityAlwaysColumn();
        answer.Property(a => a.QuestionId).HasMaxLength(60);
        answer.Property(a => a.RowCode).HasMaxLength(60);
        answer.Property(a => a.OptionCode).HasMaxLength(60);
        answer.Property(a => a.District).HasMaxLength(40);
        answer.Property(a => a.AreaType).HasMaxLength(20);
        answer.HasOne<ConsultationResponse>().WithMany().HasForeignKey(a => a.ResponseId);
        answer.HasIndex(a => a.ConsultationId);
    }
}

internal sealed class CommentConfiguration : IEntityTypeConfiguration<Comment>
{
    public void Configure(EntityTypeBuilder<Comment> comment)
    {
        comment.ToTable("comments");
        comment.HasKey(c => c.Id);
        comment.Property(c => c.Id).ValueGeneratedNever();
        comment.Property(c => c.QuestionId).HasMaxLength(60);
        comment.Property(c => c.Text).HasMaxLength(4000);
        comment.Property(c => c.District).HasMaxLength(40);
        comment.Property(c => c.Themes).IsJson();
        comment.Property(c => c.CodedBy).HasMaxLength(200);
        comment.Property(c => c.CheckThemes).IsJson();
        comment.Property(c => c.CheckedBy).HasMaxLength(200);
        comment.Property(c => c.Quote).HasMaxLength(1000);
        comment.Property(c => c.QuoteReviewedBy).HasMaxLength(200);
        comment.Property(c => c.Version).IsRowVersion().HasColumnName("xmin").HasColumnType("xid");
        comment.Ignore(c => c.IsCoded);
        comment.Ignore(c => c.CheckAgrees);
        comment.HasOne<ConsultationResponse>().WithMany().HasForeignKey(c => c.ResponseId);
        comment.HasIndex(c => new { c.ConsultationId, c.SubmittedAt });
    }
}

internal sealed class ResponseDraftConfiguration : IEntityTypeConfiguration<ResponseDraft>
{
    public void Configure(EntityTypeBuilder<ResponseDraft> draft)
    {
        draft.ToTable("response_drafts");
        draft.HasKey(d => d.Id);
        draft.Property(d => d.Id).ValueGeneratedNever();
        draft.Property(d => d.KeyHash).HasMaxLength(64);
        draft.Property(d => d.Answers).IsJson();
        draft.HasOne<PublicConsultation>().WithMany().HasForeignKey(d => d.ConsultationId);
        draft.HasIndex(d => d.KeyHash).IsUnique();
        draft.HasIndex(d => d.ConsultationId);
    }
}
