using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Prevent.Api.Domain;

namespace Prevent.Api.Data;

internal sealed class RejectedReferralConfiguration : IEntityTypeConfiguration<RejectedReferral>
{
    public void Configure(EntityTypeBuilder<RejectedReferral> rejected)
    {
        rejected.ToTable("rejected_referrals");
        rejected.HasKey(r => r.Id);
        rejected.Property(r => r.Id).ValueGeneratedNever();
        rejected.Property(r => r.PartnerAgency).HasMaxLength(100);
        rejected.Property(r => r.ReferralReference).HasMaxLength(200);
        rejected.Property(r => r.Reason).HasMaxLength(4000);
        rejected.HasIndex(r => r.ReceivedAt);
    }
}
