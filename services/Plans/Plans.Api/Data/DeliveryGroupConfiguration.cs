using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Plans.Api.Domain;
using Platform.ServiceDefaults.Data;

namespace Plans.Api.Data;

internal sealed class DeliveryGroupConfiguration : IEntityTypeConfiguration<DeliveryGroup>
{
    public void Configure(EntityTypeBuilder<DeliveryGroup> group)
    {
        group.ToTable("delivery_groups");
        group.HasKey(g => g.Id);
        group.Property(g => g.Name).HasMaxLength(200);
        group.HasIndex(g => g.Name).IsUnique();
        group.Property(g => g.Purpose).HasMaxLength(2000);
        group.Property(g => g.ChairAgency).HasMaxLength(100);
        group.Property(g => g.MemberAgencies).IsJson();
        group.Property(g => g.Version).IsRowVersion().HasColumnName("xmin").HasColumnType("xid");
    }
}
