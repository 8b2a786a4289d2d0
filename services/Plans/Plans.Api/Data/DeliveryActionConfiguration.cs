using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Plans.Api.Domain;
using Platform.ServiceDefaults.Data;

namespace Plans.Api.Data;

internal sealed class DeliveryActionConfiguration : IEntityTypeConfiguration<DeliveryAction>
{
    public void Configure(EntityTypeBuilder<DeliveryAction> action)
    {
        action.ToTable("delivery_actions");
        action.HasKey(a => a.Id);
        action.HasOne<Priority>().WithMany().HasForeignKey(a => a.PriorityId).OnDelete(DeleteBehavior.Restrict);
        action.Property(a => a.Description).HasMaxLength(4000);
        action.Property(a => a.OwnerAgency).HasMaxLength(100);
        action.Property(a => a.Milestones).IsJson();
        action.Property(a => a.SuccessMeasure).HasMaxLength(1000);
        action.Property(a => a.Enabler).HasMaxLength(50);
        action.Property(a => a.Status).HasConversion<string>().HasMaxLength(20);
        action.Property(a => a.SourceReviewReference).HasMaxLength(50);
        action.HasIndex(a => a.SourceRecommendationId).IsUnique();
        action.HasIndex(a => new { a.PriorityId, a.Id });
        action.Property(a => a.Version).IsRowVersion().HasColumnName("xmin").HasColumnType("xid");
    }
}
