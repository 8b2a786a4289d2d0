using Consultation.Api.Domain;
using Microsoft.EntityFrameworkCore;
using Platform.ServiceDefaults.Audit;
using Platform.ServiceDefaults.Data;
using Platform.ServiceDefaults.Messaging;

namespace Consultation.Api.Data;

public sealed class ConsultationDbContext(DbContextOptions<ConsultationDbContext> options) : DbContext(options)
{
    public DbSet<PublicConsultation> Consultations => Set<PublicConsultation>();

    public DbSet<ConsultationResponse> Responses => Set<ConsultationResponse>();

    public DbSet<AnswerRow> Answers => Set<AnswerRow>();

    public DbSet<Comment> Comments => Set<Comment>();

    public DbSet<ResponseDraft> ResponseDrafts => Set<ResponseDraft>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(ConsultationDbContext).Assembly);
        modelBuilder.AddOutboxAndInbox();
        modelBuilder.AddAuditLog();
        modelBuilder.UseSnakeCaseNames();
    }
}
