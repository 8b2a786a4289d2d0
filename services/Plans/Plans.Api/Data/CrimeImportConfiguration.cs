using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Plans.Api.Domain;
using Platform.ServiceDefaults.Data;

namespace Plans.Api.Data;

internal sealed class CrimeImportConfiguration : IEntityTypeConfiguration<CrimeImport>
{
    public void Configure(EntityTypeBuilder<CrimeImport> import)
    {
        import.ToTable("crime_imports");
        import.HasKey(i => i.Id);
        import.Property(i => i.FileName).HasMaxLength(200);
        import.Property(i => i.Force).HasMaxLength(60);
        import.Property(i => i.Sha256).HasMaxLength(64);
        import.Property(i => i.ImportedBy).HasMaxLength(200);
        // One current import per force and month (migration 0010).
        import.HasIndex(i => new { i.Force, i.Month }).IsUnique().HasFilter("superseded_at IS NULL");
        import.Ignore(i => i.Quarter);
        import.OwnsMany(i => i.Counts, count =>
        {
            count.ToTable("crime_import_counts");
            count.WithOwner().HasForeignKey("ImportId");
            count.HasKey("ImportId", nameof(CrimeCount.CrimeType), nameof(CrimeCount.Place));
            count.Property(c => c.CrimeType).HasMaxLength(60);
            count.Property(c => c.Place).HasMaxLength(40);
            count.Property(c => c.Rows).HasColumnName("row_count");
        });
    }
}

internal sealed class CrimeImportRunConfiguration : IEntityTypeConfiguration<CrimeImportRun>
{
    public void Configure(EntityTypeBuilder<CrimeImportRun> run)
    {
        run.ToTable("crime_import_runs");
        run.HasKey(r => r.Id);
        run.Property(r => r.Status).HasMaxLength(20);
        run.Property(r => r.StartedBy).HasMaxLength(200);
        run.Property(r => r.FileNames).HasColumnType("text[]");
        run.Property(r => r.Skipped).HasColumnType("text[]");
        run.Property(r => r.ImportIds).HasColumnType("uuid[]");
        run.Property(r => r.Problem).IsJson();
        run.Ignore(r => r.RowsAccepted);
    }
}

internal sealed class CrimeTypeMappingConfiguration : IEntityTypeConfiguration<CrimeTypeMapping>
{
    public void Configure(EntityTypeBuilder<CrimeTypeMapping> mapping)
    {
        mapping.ToTable("crime_type_mappings");
        mapping.HasKey(m => m.MeasureId);
        mapping.Property(m => m.CrimeTypes).HasColumnType("text[]");
        mapping.Property(m => m.Version).IsRowVersion().HasColumnName("xmin").HasColumnType("xid");
        mapping.HasOne<Measure>().WithOne().HasForeignKey<CrimeTypeMapping>(m => m.MeasureId).OnDelete(DeleteBehavior.Restrict);
    }
}
