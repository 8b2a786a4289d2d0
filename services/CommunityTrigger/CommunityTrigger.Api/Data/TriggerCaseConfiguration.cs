using Platform.ServiceDefaults.Data;
using CommunityTrigger.Api.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CommunityTrigger.Api.Data;

internal sealed class TriggerCaseConfiguration : IEntityTypeConfiguration<TriggerCase>
{
    public void Configure(EntityTypeBuilder<TriggerCase> triggerCase)
    {
        triggerCase.ToTable("trigger_cases");
        triggerCase.HasKey(c => c.Id);
        triggerCase.Property(c => c.Id).ValueGeneratedNever();
        triggerCase.Property(c => c.District).HasMaxLength(40);
        triggerCase.Property(c => c.Channel).HasConversion<string>().HasMaxLength(20);
        triggerCase.Property(c => c.Applicant).IsJson();
        triggerCase.Property(c => c.ProblemSummary).HasMaxLength(4000);
        triggerCase.Property(c => c.Incidents).IsJson();
        triggerCase.Property(c => c.PeopleAffected).IsJson();
        triggerCase.Property(c => c.StatusTokenHash).HasMaxLength(64);
        triggerCase.Property(c => c.Status).HasConversion<string>().HasMaxLength(30);
        triggerCase.Property(c => c.ThresholdDecision).IsJson();
        triggerCase.Property(c => c.ReviewMeeting).IsJson();
        triggerCase.Property(c => c.OutcomeLetter).HasMaxLength(20000);
        triggerCase.Property(c => c.Appeal).IsJson();
        triggerCase.Property(c => c.Version).IsRowVersion().HasColumnName("xmin").HasColumnType("xid");
        triggerCase.HasMany(c => c.Recommendations).WithOne().HasForeignKey(r => r.CaseId);
        triggerCase.Navigation(c => c.Recommendations).AutoInclude();
        triggerCase.HasIndex(c => c.StatusTokenHash).IsUnique();
        triggerCase.HasIndex(c => new { c.District, c.Status, c.DecisionDueOn });
        triggerCase.HasIndex(c => c.ReceivedOn);
    }
}
