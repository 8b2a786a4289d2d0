using Microsoft.EntityFrameworkCore;

namespace Platform.ServiceDefaults.Messaging;

public static class MessagingModelBuilderExtensions
{
    /// <summary>Maps the outbox and inbox tables exactly as <c>Migrations/0001_messaging.sql</c> creates them.</summary>
    public static ModelBuilder AddOutboxAndInbox(this ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);

        modelBuilder.Entity<OutboxMessage>(outbox =>
        {
            outbox.ToTable("outbox_messages");
            outbox.HasKey(m => m.Id).HasName("pk_outbox_messages");
            outbox.Property(m => m.Id).HasColumnName("id").ValueGeneratedNever();
            outbox.Property(m => m.MessageType).HasColumnName("message_type");
            outbox.Property(m => m.Payload).HasColumnName("payload").HasColumnType("jsonb");
            outbox.Property(m => m.Headers).HasColumnName("headers").HasColumnType("jsonb");
            outbox.Property(m => m.OccurredAt).HasColumnName("occurred_at");
            outbox.Property(m => m.CreatedAt).HasColumnName("created_at").HasDefaultValueSql("now()");
            outbox.Property(m => m.Attempts).HasColumnName("attempts");
            outbox.Property(m => m.NextAttemptAt).HasColumnName("next_attempt_at").HasDefaultValueSql("now()");
            outbox.Property(m => m.LastError).HasColumnName("last_error");
            outbox.Property(m => m.DispatchedAt).HasColumnName("dispatched_at");
            outbox.Property(m => m.DeadLetteredAt).HasColumnName("dead_lettered_at");
            outbox.HasIndex(m => new { m.NextAttemptAt, m.Id })
                .HasDatabaseName("ix_outbox_messages_pending")
                .HasFilter("dispatched_at IS NULL AND dead_lettered_at IS NULL");
            outbox.HasIndex(m => m.DispatchedAt)
                .HasDatabaseName("ix_outbox_messages_dispatched_at")
                .HasFilter("dispatched_at IS NOT NULL");
            outbox.HasIndex(m => m.DeadLetteredAt)
                .HasDatabaseName("ix_outbox_messages_dead_lettered_at")
                .HasFilter("dead_lettered_at IS NOT NULL");
        });

        modelBuilder.Entity<InboxMessage>(inbox =>
        {
            inbox.ToTable("inbox_messages");
            inbox.HasKey(m => new { m.MessageId, m.Consumer }).HasName("pk_inbox_messages");
            inbox.Property(m => m.MessageId).HasColumnName("message_id").ValueGeneratedNever();
            inbox.Property(m => m.Consumer).HasColumnName("consumer");
            inbox.Property(m => m.ProcessedAt).HasColumnName("processed_at").HasDefaultValueSql("now()");
            inbox.HasIndex(m => m.ProcessedAt).HasDatabaseName("ix_inbox_messages_processed_at");
        });

        return modelBuilder;
    }
}
