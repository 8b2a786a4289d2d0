using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Plans.Api.Domain;

namespace Plans.Api.Data;

internal sealed class PriorityFundingConfiguration : IEntityTypeConfiguration<PriorityFunding>
{
    public void Configure(EntityTypeBuilder<PriorityFunding> funding)
    {
        funding.ToTable("priority_funding");
        funding.HasKey(f => f.PriorityId);
        funding.Property(f => f.PriorityId).ValueGeneratedNever();
        funding.Property(f => f.Committed).HasPrecision(14, 2);
        funding.Property(f => f.Paid).HasPrecision(14, 2);
        funding.Property(f => f.LatestReturn).HasMaxLength(20);
    }
}
