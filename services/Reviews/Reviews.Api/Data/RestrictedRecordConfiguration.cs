using Platform.ServiceDefaults.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Reviews.Api.Domain;

namespace Reviews.Api.Data;

internal sealed class RestrictedRecordConfiguration : IEntityTypeConfiguration<RestrictedRecord>
{
    public void Configure(EntityTypeBuilder<RestrictedRecord> record)
    {
        record.ToTable("restricted_records");
        record.HasKey(r => r.ReviewId);
        record.HasOne<ReviewCase>().WithOne().HasForeignKey<RestrictedRecord>(r => r.ReviewId);
        record.Property(r => r.VictimName).HasMaxLength(200);
        record.Property(r => r.PerpetratorName).HasMaxLength(200);
        record.Property(r => r.Notes).HasMaxLength(20000);
        record.Property(r => r.Family).IsJson();
        record.Property(r => r.FamilyContacts).IsJson();
        record.Property(r => r.DraftReadings).IsJson();
        record.Property(r => r.NamesHeld).IsJson();
        record.Property(r => r.History).IsJson();
        record.Property(r => r.Version).IsRowVersion().HasColumnName("xmin").HasColumnType("xid");
    }
}
