using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Plans.Api.Domain;

namespace Plans.Api.Data;

internal sealed class AreaConfiguration : IEntityTypeConfiguration<Area>
{
    public void Configure(EntityTypeBuilder<Area> area)
    {
        area.ToTable("areas");
        area.HasKey(a => a.Slug);
        area.Property(a => a.Slug).HasMaxLength(100);
        area.Property(a => a.Name).HasMaxLength(200);
        area.Property(a => a.Kind).HasMaxLength(20);
    }
}

internal sealed class AgencyConfiguration : IEntityTypeConfiguration<Agency>
{
    public void Configure(EntityTypeBuilder<Agency> agency)
    {
        agency.ToTable("agencies");
        agency.HasKey(a => a.Slug);
        agency.Property(a => a.Slug).HasMaxLength(100);
        agency.Property(a => a.Name).HasMaxLength(200);
        agency.Property(a => a.Kind).HasMaxLength(50);
    }
}
