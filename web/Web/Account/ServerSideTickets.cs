using System.Security.Cryptography;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Caching.Distributed;

namespace Platform.Web.Account;

/// <summary>
/// The signed-in person's claims and tokens, kept server-side in the store every replica shares (decision 0047),
/// encrypted with the shared data-protection key ring; their cookie carries only a random key to them. Tokens
/// therefore never reach the browser, even encrypted, and signing out (or the idle timeout) forgets them.
/// </summary>
internal sealed class ServerSideTickets(IDistributedCache store, IDataProtectionProvider protection, WebSettings settings) : ITicketStore
{
    private const string KeyPrefix = "ticket:";
    private readonly IDataProtector protector = protection.CreateProtector("Platform.Web.Account.ServerSideTickets");

    public async Task<string> StoreAsync(AuthenticationTicket ticket)
    {
        var key = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
        await SaveAsync(key, ticket);
        return key;
    }

    public Task RenewAsync(string key, AuthenticationTicket ticket) => SaveAsync(key, ticket);

    public async Task<AuthenticationTicket?> RetrieveAsync(string key) =>
        await store.GetAsync(KeyPrefix + key) is { } stored ? TicketSerializer.Default.Deserialize(protector.Unprotect(stored)) : null;

    public Task RemoveAsync(string key) => store.RemoveAsync(KeyPrefix + key);

    private Task SaveAsync(string key, AuthenticationTicket ticket) =>
        store.SetAsync(KeyPrefix + key, protector.Protect(TicketSerializer.Default.Serialize(ticket)),
            new DistributedCacheEntryOptions { SlidingExpiration = settings.SessionIdleTimeout });
}

/// <summary>Hands the cookie handler its ticket store once the container can build it.</summary>
internal sealed class UseServerSideTickets(ServerSideTickets tickets) : Microsoft.Extensions.Options.IPostConfigureOptions<CookieAuthenticationOptions>
{
    public void PostConfigure(string? name, CookieAuthenticationOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.SessionStore = tickets;
    }
}
