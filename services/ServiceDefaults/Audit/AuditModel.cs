using Microsoft.EntityFrameworkCore;

namespace Platform.ServiceDefaults.Audit;

public static class AuditModel
{
    /// <summary>Maps <see cref="AuditEntry"/> to the <c>audit_log</c> table created by the platform's migrations.</summary>
    public static ModelBuilder AddAuditLog(this ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        modelBuilder.Entity<AuditEntry>(entry =>
        {
            entry.ToTable("audit_log");
            entry.HasKey(e => e.Id);
            entry.Property(e => e.Id).UseIdentityAlwaysColumn();
            entry.Property(e => e.Before).HasColumnType("jsonb");
            entry.Property(e => e.After).HasColumnType("jsonb");
            entry.HasIndex(e => new { e.SubjectType, e.SubjectId, e.Id }).HasDatabaseName("ix_audit_log_subject");
            entry.HasIndex(e => new { e.OccurredAt, e.Id }).HasDatabaseName("ix_audit_log_occurred_at");
        });
        return modelBuilder;
    }
}
