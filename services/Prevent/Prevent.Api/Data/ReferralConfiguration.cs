using Platform.ServiceDefaults.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Prevent.Api.Domain;

namespace Prevent.Api.Data;

internal sealed class ReferralConfiguration : IEntityTypeConfiguration<Referral>
{
    public void Configure(EntityTypeBuilder<Referral> referral)
    {
        referral.ToTable("referrals");
        referral.HasKey(r => r.Id);
        referral.Property(r => r.Id).ValueGeneratedNever();
        referral.Property(r => r.SubmittedByAgency).HasMaxLength(100);
        referral.Property(r => r.IntakeKey).HasMaxLength(200);
        referral.Property(r => r.RequestHash).HasMaxLength(64);
        referral.Property(r => r.ReferrerAgency).HasMaxLength(100);
        referral.Property(r => r.Sector).HasConversion<string>().HasMaxLength(20);
        referral.Property(r => r.Person).IsJson();
        referral.Property(r => r.AgeBand).HasMaxLength(10);
        referral.Property(r => r.PersonMatchKey).HasMaxLength(64);
        referral.Property(r => r.PersonMatchKeyId).HasMaxLength(40);
        referral.Property(r => r.District).HasMaxLength(40);
        referral.Property(r => r.Concerns).HasMaxLength(8000);
        referral.Property(r => r.Ideology).HasConversion<string>().HasMaxLength(40);
        referral.Property(r => r.RiskFlags).IsJson();
        referral.Property(r => r.Status).HasConversion<string>().HasMaxLength(30);
        referral.Property(r => r.Triage).IsJson();
        referral.Property(r => r.PanelDecision).IsJson();
        referral.Property(r => r.ReferrerNotice).IsJson();
        referral.HasOne<PanelMeeting>().WithMany().HasForeignKey(r => r.PanelMeetingId);
        referral.Property(r => r.Consent).IsJson();
        referral.Property(r => r.Interventions).IsJson();
        referral.Property(r => r.PanelReviews).IsJson();
        referral.Property(r => r.FollowUps).IsJson();
        referral.Property(r => r.Version).IsRowVersion().HasColumnName("xmin").HasColumnType("xid");
        referral.Ignore(r => r.IsRepeat);
        referral.Ignore(r => r.TimeToTriage);
        referral.Ignore(r => r.IsUnder18);
        referral.HasIndex(r => new { r.SubmittedByAgency, r.IntakeKey }).IsUnique();
        referral.HasIndex(r => r.PersonMatchKey);
        referral.HasIndex(r => new { r.District, r.Status });
        referral.HasIndex(r => r.ReceivedOn);
        referral.HasIndex(r => r.PanelMeetingId);
    }
}
