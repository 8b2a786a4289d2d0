using Platform.ServiceDefaults.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Reviews.Api.Domain;

namespace Reviews.Api.Data;

internal sealed class ReviewCaseConfiguration : IEntityTypeConfiguration<ReviewCase>
{
    public void Configure(EntityTypeBuilder<ReviewCase> review)
    {
        review.ToTable("review_cases");
        review.HasKey(r => r.Id);
        review.Property(r => r.Id).ValueGeneratedNever();
        review.Property(r => r.Reference).HasMaxLength(20);
        review.Property(r => r.District).HasMaxLength(40);
        review.Property(r => r.Notification).IsJson();
        review.Property(r => r.Criteria).IsJson();
        review.Property(r => r.Stage).HasConversion<string>().HasMaxLength(40);
        review.Property(r => r.Decision).IsJson();
        review.Property(r => r.Commissioning).IsJson();
        review.Property(r => r.Holds).IsJson();
        review.Property(r => r.Extensions).IsJson();
        review.Property(r => r.Contributions).IsJson();
        review.Property(r => r.Report).IsJson();
        review.Property(r => r.Recommendations).IsJson();
        review.Property(r => r.ClosureReason).HasMaxLength(2000);
        review.Property(r => r.Version).IsRowVersion().HasColumnName("xmin").HasColumnType("xid");
        review.HasIndex(r => r.Reference).IsUnique();
        review.HasIndex(r => new { r.District, r.NotifiedOn });
    }
}
