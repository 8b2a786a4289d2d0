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
        rejected.Property(r => r.PartnerAgency).HasMaxLength(RejectedReferral.PartnerAgencyMaxLength);
        rejected.Property(r => r.ReferralReference).HasMaxLength(RejectedReferral.ReferralReferenceMaxLength);
        rejected.Property(r => r.Reason).HasMaxLength(RejectedReferral.ReasonMaxLength);
        rejected.HasIndex(r => r.ReceivedAt);
    }
}
