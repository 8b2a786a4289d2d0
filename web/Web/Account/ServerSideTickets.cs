using System.Security.Cryptography;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.Extensions.Caching.Memory;

namespace Platform.Web.Account;

/// <summary>
/// The signed-in person's claims and tokens, kept in this process; their cookie carries only a random key to them.
/// Tokens therefore never reach the browser, even encrypted, and signing out (or the idle timeout) forgets them.
/// In memory: a restart signs everyone out, and more than one replica needs sticky sessions or a shared store
/// (decision 0031).
/// </summary>
internal sealed class ServerSideTickets(IMemoryCache cache, WebSettings settings) : ITicketStore
{
    private const string KeyPrefix = "ticket:";

    public Task<string> StoreAsync(AuthenticationTicket ticket)
    {
        var key = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
        Save(key, ticket);
        return Task.FromResult(key);
    }

    public Task RenewAsync(string key, AuthenticationTicket ticket)
    {
        Save(key, ticket);
        return Task.CompletedTask;
    }

    public Task<AuthenticationTicket?> RetrieveAsync(string key) =>
        Task.FromResult(cache.TryGetValue(KeyPrefix + key, out AuthenticationTicket? ticket) ? ticket : null);

    public Task RemoveAsync(string key)
    {
        cache.Remove(KeyPrefix + key);
        return Task.CompletedTask;
    }

    private void Save(string key, AuthenticationTicket ticket) =>
        cache.Set(KeyPrefix + key, ticket, new MemoryCacheEntryOptions { SlidingExpiration = settings.SessionIdleTimeout });
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
