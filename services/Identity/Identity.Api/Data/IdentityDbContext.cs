using Identity.Api.Users;
using Microsoft.EntityFrameworkCore;
using Platform.ServiceDefaults.Data;

namespace Identity.Api.Data;

/// <summary>People, and OpenIddict's applications, authorizations, scopes and tokens (refresh tokens, codes).</summary>
public sealed class IdentityDbContext(DbContextOptions<IdentityDbContext> options) : DbContext(options)
{
    public DbSet<UserAccount> Users => Set<UserAccount>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.UseOpenIddict();
        modelBuilder.Entity<UserAccount>(user =>
        {
            user.ToTable("user_account");
            user.HasKey(u => u.Subject);
            user.Property(u => u.Subject).HasMaxLength(200);
            user.Property(u => u.UserName).HasMaxLength(200);
            user.HasIndex(u => u.UserName).IsUnique();
            user.Property(u => u.Roles).HasColumnType("text[]");
        });
        modelBuilder.UseSnakeCaseNames();
    }
}
