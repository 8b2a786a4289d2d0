using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Platform.ServiceDefaults.Data;
using Prevent.Api.Domain;

namespace Prevent.Api.Data;

internal sealed class PanelMeetingConfiguration : IEntityTypeConfiguration<PanelMeeting>
{
    public void Configure(EntityTypeBuilder<PanelMeeting> meeting)
    {
        meeting.ToTable("panel_meetings");
        meeting.HasKey(m => m.Id);
        meeting.Property(m => m.Id).ValueGeneratedNever();
        meeting.Property(m => m.Council).HasMaxLength(100);
        meeting.Property(m => m.Chair).HasMaxLength(200);
        meeting.Property(m => m.Attendees).IsJson();
        meeting.Property(m => m.RecordedBy).HasMaxLength(200);
        meeting.HasIndex(m => new { m.Council, m.HeldOn });
    }
}
