using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Plans.Api.Domain;

namespace Plans.Api.Data;

internal sealed class OutcomeConfiguration : IEntityTypeConfiguration<Outcome>
{
    public void Configure(EntityTypeBuilder<Outcome> outcome)
    {
        outcome.ToTable("outcomes");
        outcome.HasKey(o => o.Id);
        outcome.Property(o => o.Title).HasMaxLength(300);
        outcome.Property(o => o.Version).IsRowVersion().HasColumnName("xmin").HasColumnType("xid");
        outcome.HasIndex(o => o.Number).IsUnique();
    }
}
