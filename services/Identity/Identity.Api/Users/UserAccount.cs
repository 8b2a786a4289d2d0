namespace Identity.Api.Users;

/// <summary>
/// A person who can sign in: with a password here (development users, and any the partnership creates), or through
/// an external provider (<see cref="ExternalProvider"/> set, no password; roles refreshed at each sign-in).
/// </summary>
public sealed class UserAccount
{
    private UserAccount()
    {
    }

    public UserAccount(PlatformUser user, string? userName, string? passwordHash, string? externalProvider, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(user);
        Subject = user.Subject;
        UserName = userName?.ToLowerInvariant();
        PasswordHash = passwordHash;
        ExternalProvider = externalProvider;
        CreatedAt = now;
        Update(user, now);
    }

    /// <summary>The token's <c>sub</c>: stable, never reused, no personal data.</summary>
    public string Subject { get; private set; } = "";

    /// <summary>Lower-case; null for people who sign in elsewhere.</summary>
    public string? UserName { get; private set; }

    public string? PasswordHash { get; private set; }

    public string? ExternalProvider { get; private set; }

    public string DisplayName { get; private set; } = "";

    public string Agency { get; private set; } = "";

    public List<string> Roles { get; private set; } = [];

    public string? District { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public PlatformUser ToPlatformUser() => new(Subject, DisplayName, Agency, Roles, District);

    public void Update(PlatformUser user, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(user);
        DisplayName = user.DisplayName;
        Agency = user.Agency;
        Roles = [.. user.Roles];
        District = user.District;
        UpdatedAt = now;
    }
}
