using Funding.Api.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Platform.ServiceDefaults.Data;

namespace Funding.Api.Data;

internal sealed class FundConfiguration : IEntityTypeConfiguration<Fund>
{
    public void Configure(EntityTypeBuilder<Fund> fund)
    {
        fund.ToTable("funds");
        fund.HasKey(f => f.Id);
        fund.Property(f => f.Code).HasMaxLength(100);
        fund.HasIndex(f => f.Code).IsUnique();
        fund.Property(f => f.Name).HasMaxLength(200);
        fund.Property(f => f.Purpose).HasMaxLength(4000);
        fund.Property(f => f.Basis).HasConversion<string>().HasMaxLength(20);
        fund.Property(f => f.FirstYear).HasConversion(y => y.StartYear, y => new FinancialYear(y));
        fund.Property(f => f.Contributions).IsJson();
        fund.Property(f => f.Version).IsRowVersion().HasColumnName("xmin").HasColumnType("xid");
        fund.Ignore(f => f.FinancialYears);
        fund.Ignore(f => f.LastYear);
    }
}

internal sealed class BudgetLineConfiguration : IEntityTypeConfiguration<BudgetLine>
{
    public void Configure(EntityTypeBuilder<BudgetLine> line)
    {
        line.ToTable("budget_lines");
        line.HasKey(l => new { l.FundId, l.Period });
        line.Property(l => l.Period).HasMaxLength(20);
        line.Property(l => l.Budget).HasPrecision(12, 2);
        line.Property(l => l.Committed).HasPrecision(12, 2);
        line.Property(l => l.Paid).HasPrecision(12, 2);
        line.Ignore(l => l.Remaining);
        line.HasOne<Fund>().WithMany().HasForeignKey(l => l.FundId);
        line.Property(l => l.Version).IsRowVersion().HasColumnName("xmin").HasColumnType("xid");
    }
}

internal sealed class RoundConfiguration : IEntityTypeConfiguration<Round>
{
    public void Configure(EntityTypeBuilder<Round> round)
    {
        round.ToTable("rounds");
        round.HasKey(r => r.Id);
        round.HasOne<Fund>().WithMany().HasForeignKey(r => r.FundId);
        round.Property(r => r.Title).HasMaxLength(200);
        round.Property(r => r.MinimumAward).HasPrecision(12, 2);
        round.Property(r => r.MaximumAward).HasPrecision(12, 2);
        round.Property(r => r.ApplicantTypes).IsJson();
        round.Property(r => r.Districts).IsJson();
        round.Property(r => r.PriorityIds).IsJson();
        round.Property(r => r.Questions).IsJson();
        round.Property(r => r.Criteria).IsJson();
        round.Property(r => r.Version).IsRowVersion().HasColumnName("xmin").HasColumnType("xid");
    }
}

internal sealed class ApplicationConfiguration : IEntityTypeConfiguration<GrantApplication>
{
    public void Configure(EntityTypeBuilder<GrantApplication> application)
    {
        application.ToTable("applications");
        application.HasKey(a => a.Id);
        application.HasOne<Round>().WithMany().HasForeignKey(a => a.RoundId);
        application.Property(a => a.ApplicantAgency).HasMaxLength(100);
        application.Property(a => a.EnteredBy).HasMaxLength(200);
        application.Property(a => a.Details).IsJson();
        application.Property(a => a.Contact).IsJson();
        application.Property(a => a.Moderation).IsJson();
        application.Property(a => a.Decision).IsJson();
        application.Property(a => a.Status).HasConversion<string>().HasMaxLength(20);
        application.Property(a => a.Version).IsRowVersion().HasColumnName("xmin").HasColumnType("xid");
        application.HasIndex(a => new { a.ApplicantAgency, a.Id });
        application.HasIndex(a => new { a.RoundId, a.Id });
    }
}

internal sealed class AssessmentConfiguration : IEntityTypeConfiguration<Assessment>
{
    public void Configure(EntityTypeBuilder<Assessment> assessment)
    {
        assessment.ToTable("assessments");
        assessment.HasKey(a => a.Id);
        assessment.HasOne<GrantApplication>().WithMany().HasForeignKey(a => a.ApplicationId);
        assessment.HasIndex(a => new { a.ApplicationId, a.AssessorId }).IsUnique();
        assessment.HasIndex(a => a.AssessorId);
        assessment.Property(a => a.AssessorId).HasMaxLength(200);
        assessment.Property(a => a.AssessorAgency).HasMaxLength(100);
        assessment.Property(a => a.Scores).IsJson();
        assessment.Property(a => a.WeightedScore).HasPrecision(5, 1);
        assessment.Property(a => a.Comment).HasMaxLength(4000);
        assessment.Property(a => a.ConflictOfInterest).HasMaxLength(1000);
        assessment.Ignore(a => a.IsComplete);
        assessment.Property(a => a.Version).IsRowVersion().HasColumnName("xmin").HasColumnType("xid");
    }
}

internal sealed class GrantConfiguration : IEntityTypeConfiguration<Grant>
{
    public void Configure(EntityTypeBuilder<Grant> grant)
    {
        grant.ToTable("grants");
        grant.HasKey(g => g.Id);
        grant.HasIndex(g => g.ApplicationId).IsUnique();
        grant.HasOne<BudgetLine>().WithMany().HasForeignKey(g => new { g.FundId, g.BudgetPeriod });
        grant.Property(g => g.BudgetPeriod).HasMaxLength(20);
        grant.Property(g => g.Amount).HasPrecision(12, 2);
        grant.Property(g => g.AmountRequested).HasPrecision(12, 2);
        grant.Property(g => g.Claimed).HasPrecision(12, 2);
        grant.Property(g => g.Paid).HasPrecision(12, 2);
        grant.Property(g => g.Conditions).HasMaxLength(4000);
        grant.Property(g => g.ProjectTitle).HasMaxLength(200);
        grant.Property(g => g.Summary).HasMaxLength(4000);
        grant.Property(g => g.RecipientOrganisation).HasMaxLength(200);
        grant.Property(g => g.RecipientAgency).HasMaxLength(100);
        grant.Property(g => g.CharityNumber).HasMaxLength(20);
        grant.Property(g => g.CompanyNumber).HasMaxLength(20);
        grant.Property(g => g.Districts).IsJson();
        grant.Property(g => g.Objectives).IsJson();
        grant.Property(g => g.Variations).IsJson();
        grant.Property(g => g.Outcome).IsJson();
        grant.Property(g => g.Status).HasConversion<string>().HasMaxLength(20);
        grant.Ignore(g => g.PartAward);
        grant.Ignore(g => g.IsPublished);
        grant.Ignore(g => g.AwardYear);
        grant.Property(g => g.Version).IsRowVersion().HasColumnName("xmin").HasColumnType("xid");
        grant.HasIndex(g => new { g.PriorityId, g.Status });
        grant.HasIndex(g => new { g.RecipientAgency, g.Id });
    }
}

internal sealed class ClaimConfiguration : IEntityTypeConfiguration<Claim>
{
    public void Configure(EntityTypeBuilder<Claim> claim)
    {
        claim.ToTable("claims");
        claim.HasKey(c => c.Id);
        claim.HasOne<Grant>().WithMany().HasForeignKey(c => c.GrantId);
        claim.HasIndex(c => new { c.GrantId, c.Id });
        claim.Property(c => c.Amount).HasPrecision(12, 2);
        claim.Property(c => c.Status).HasConversion<string>().HasMaxLength(20);
        claim.Property(c => c.QueryReason).HasMaxLength(2000);
        claim.Property(c => c.Version).IsRowVersion().HasColumnName("xmin").HasColumnType("xid");
    }
}

internal sealed class PaymentConfiguration : IEntityTypeConfiguration<Payment>
{
    public void Configure(EntityTypeBuilder<Payment> payment)
    {
        payment.ToTable("payments");
        payment.HasKey(p => p.Id);
        payment.HasOne<Grant>().WithMany().HasForeignKey(p => p.GrantId);
        payment.HasOne<Claim>().WithMany().HasForeignKey(p => p.ClaimId);
        payment.HasIndex(p => p.ClaimId).IsUnique();
        payment.HasIndex(p => new { p.GrantId, p.Id });
        payment.Property(p => p.Amount).HasPrecision(12, 2);
    }
}

internal sealed class MonitoringReturnConfiguration : IEntityTypeConfiguration<MonitoringReturn>
{
    public void Configure(EntityTypeBuilder<MonitoringReturn> monitoringReturn)
    {
        monitoringReturn.ToTable("monitoring_returns");
        monitoringReturn.HasKey(r => r.Id);
        monitoringReturn.HasOne<Grant>().WithMany().HasForeignKey(r => r.GrantId);
        monitoringReturn.HasIndex(r => new { r.GrantId, r.FinancialYear, r.Quarter }).IsUnique();
        monitoringReturn.Property(r => r.FinancialYear).HasMaxLength(7);
        monitoringReturn.Property(r => r.Progress).IsJson();
        monitoringReturn.Property(r => r.SpendToDate).HasPrecision(12, 2);
        monitoringReturn.Property(r => r.Commentary).HasMaxLength(4000);
    }
}

internal sealed class LivePriorityConfiguration : IEntityTypeConfiguration<LivePriority>
{
    public void Configure(EntityTypeBuilder<LivePriority> priority)
    {
        priority.ToTable("priorities");
        priority.HasKey(p => p.Id);
        priority.Property(p => p.Id).ValueGeneratedNever();
        priority.Property(p => p.Title).HasMaxLength(200);
        priority.Property(p => p.SponsorAgency).HasMaxLength(100);
    }
}
