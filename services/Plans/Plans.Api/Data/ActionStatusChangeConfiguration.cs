using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Plans.Api.Domain;

namespace Plans.Api.Data;

internal sealed class ActionStatusChangeConfiguration : IEntityTypeConfiguration<ActionStatusChange>
{
    public void Configure(EntityTypeBuilder<ActionStatusChange> change)
    {
        change.ToTable("action_status_changes");
        change.HasKey(c => c.Id);
        change.HasOne<DeliveryAction>().WithMany().HasForeignKey(c => c.ActionId).OnDelete(DeleteBehavior.Cascade);
        change.Property(c => c.FromStatus).HasConversion<string>().HasMaxLength(20);
        change.Property(c => c.ToStatus).HasConversion<string>().HasMaxLength(20);
        change.Property(c => c.Note).HasMaxLength(2000);
        change.Property(c => c.ChangedBy).HasMaxLength(200);
        change.HasIndex(c => new { c.ActionId, c.Id });
    }
}
