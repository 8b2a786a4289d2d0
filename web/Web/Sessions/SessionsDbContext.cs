using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Platform.Web.Sessions;

/// <summary>The web front-end's own database: the data-protection key ring and the shared session entries.</summary>
public sealed class SessionsDbContext(DbContextOptions<SessionsDbContext> options) : DbContext(options), IDataProtectionKeyContext
{
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    public DbSet<SessionEntry> SessionEntries => Set<SessionEntry>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        modelBuilder.Entity<DataProtectionKey>(key =>
        {
            key.ToTable("data_protection_keys");
            key.Property(k => k.Id).HasColumnName("id");
            key.Property(k => k.FriendlyName).HasColumnName("friendly_name");
            key.Property(k => k.Xml).HasColumnName("xml");
        });
        modelBuilder.Entity<SessionEntry>(entry =>
        {
            entry.ToTable("session_entries");
            entry.HasKey(e => e.Id);
            entry.Property(e => e.Id).HasColumnName("id");
            entry.Property(e => e.Value).HasColumnName("value");
            entry.Property(e => e.ExpiresAt).HasColumnName("expires_at");
            entry.Property(e => e.SlidingExpiration).HasColumnName("sliding_expiration");
            entry.Property(e => e.AbsoluteExpiresAt).HasColumnName("absolute_expires_at");
        });
    }
}

/// <summary>
/// One server-side entry behind a cookie. It lasts until <see cref="ExpiresAt"/>; each read moves that on by the
/// sliding expiration, never past the absolute one.
/// </summary>
public sealed class SessionEntry
{
    public required string Id { get; init; }

    public required byte[] Value { get; set; }

    public DateTimeOffset ExpiresAt { get; set; }

    public TimeSpan? SlidingExpiration { get; set; }

    public DateTimeOffset? AbsoluteExpiresAt { get; set; }
}
