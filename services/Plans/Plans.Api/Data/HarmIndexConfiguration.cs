using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Plans.Api.Domain;
using Platform.ServiceDefaults.Data;

namespace Plans.Api.Data;

internal sealed class HarmIndexConfiguration : IEntityTypeConfiguration<HarmIndex>
{
    public void Configure(EntityTypeBuilder<HarmIndex> index)
    {
        index.ToTable("harm_indexes");
        index.HasKey(i => i.Id);
        index.Property(i => i.Source).HasMaxLength(500);
        index.Property(i => i.SourceVersion).HasMaxLength(100);
        index.Property(i => i.Weights).IsJson();
        index.Property(i => i.Version).IsRowVersion().HasColumnName("xmin").HasColumnType("xid");
    }
}
