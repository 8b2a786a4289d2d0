using CommunityTrigger.Api.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CommunityTrigger.Api.Data;

internal sealed class RecommendationConfiguration : IEntityTypeConfiguration<Recommendation>
{
    public void Configure(EntityTypeBuilder<Recommendation> recommendation)
    {
        recommendation.ToTable("recommendations");
        recommendation.HasKey(r => r.Id);
        recommendation.Property(r => r.Id).ValueGeneratedNever(); // a new one found through its case is inserted, not updated
        recommendation.Property(r => r.Text).HasMaxLength(2000);
        recommendation.Property(r => r.OwnerAgency).HasMaxLength(100);
        recommendation.Property(r => r.CompletionNote).HasMaxLength(2000);
        recommendation.HasIndex(r => new { r.OwnerAgency, r.DueOn });
    }
}
