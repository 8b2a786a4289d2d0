using Identity.Api.Configuration;
using Identity.Api.Data;
using OpenIddict.Abstractions;
using Platform.ServiceDefaults.Data;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Identity.Api.Clients;

/// <summary>
/// Makes OpenIddict's client store match configuration at start-up: the web front-end and each partner system are
/// created or updated (secrets are stored hashed by OpenIddict). Clients no longer configured are removed, so
/// revoking a partner is deleting its configuration and restarting. Replicas starting together take turns.
/// </summary>
public sealed partial class ClientRegistrar(IServiceScopeFactory scopes, AuthorityOptions options, ILogger<ClientRegistrar> logger) : IHostedService
{
    private const long StartupLockKey = 0x43_53_50_49_44_43; // "CSPIDC"

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        await using var startupLock = await StartupLock.AcquireAsync(
            scope.ServiceProvider.GetRequiredService<IdentityDbContext>(), StartupLockKey, cancellationToken);
        var applications = scope.ServiceProvider.GetRequiredService<IOpenIddictApplicationManager>();
        var wanted = new List<OpenIddictApplicationDescriptor>();
        if (options.WebClient is { } web)
        {
            wanted.Add(WebClient(web, options.Apis));
        }

        wanted.AddRange(options.Partners.Select(Partner));
        if (options.DevelopmentTokens is { } development)
        {
            wanted.Add(Development(development, options.Apis));
        }

        foreach (var descriptor in wanted)
        {
            var existing = await applications.FindByClientIdAsync(descriptor.ClientId!, cancellationToken);
            if (existing is null)
            {
                await applications.CreateAsync(descriptor, cancellationToken);
            }
            else
            {
                await applications.UpdateAsync(existing, descriptor, cancellationToken);
            }
        }

        var wantedIds = wanted.Select(d => d.ClientId).ToHashSet(StringComparer.Ordinal);
        var stale = new List<object>();
        await foreach (var application in applications.ListAsync(count: null, offset: null, cancellationToken))
        {
            if (!wantedIds.Contains(await applications.GetClientIdAsync(application, cancellationToken) ?? ""))
            {
                stale.Add(application);
            }
        }

        foreach (var application in stale)
        {
            LogRemoved(logger, await applications.GetClientIdAsync(application, cancellationToken));
            await applications.DeleteAsync(application, cancellationToken);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private static OpenIddictApplicationDescriptor WebClient(WebClientOptions web, IEnumerable<string> apis)
    {
        var descriptor = new OpenIddictApplicationDescriptor
        {
            ClientId = web.ClientId,
            DisplayName = web.DisplayName,
            ClientType = ClientTypes.Public,
            ConsentType = ConsentTypes.Implicit,
            Permissions =
            {
                Permissions.Endpoints.Authorization, Permissions.Endpoints.Token, Permissions.Endpoints.EndSession,
                Permissions.GrantTypes.AuthorizationCode, Permissions.GrantTypes.RefreshToken,
                Permissions.ResponseTypes.Code,
                Permissions.Scopes.Profile, Permissions.Prefixes.Scope + Scopes.OfflineAccess,
            },
            Requirements = { Requirements.Features.ProofKeyForCodeExchange },
        };
        foreach (var api in apis)
        {
            descriptor.Permissions.Add(Permissions.Prefixes.Scope + api);
        }

        descriptor.RedirectUris.UnionWith(web.RedirectUris);
        descriptor.PostLogoutRedirectUris.UnionWith(web.PostLogoutRedirectUris);
        return descriptor;
    }

    private static OpenIddictApplicationDescriptor Partner(PartnerClientOptions partner)
    {
        var descriptor = new OpenIddictApplicationDescriptor
        {
            ClientId = partner.ClientId,
            ClientSecret = partner.ReadSecret(),
            DisplayName = partner.DisplayName ?? partner.ClientId,
            ClientType = ClientTypes.Confidential,
            Permissions = { Permissions.Endpoints.Token, Permissions.GrantTypes.ClientCredentials },
        };
        foreach (var api in partner.Apis)
        {
            descriptor.Permissions.Add(Permissions.Prefixes.Scope + api);
        }

        return descriptor;
    }

    private static OpenIddictApplicationDescriptor Development(DevelopmentClientOptions development, IEnumerable<string> apis)
    {
        var descriptor = new OpenIddictApplicationDescriptor
        {
            ClientId = development.ClientId,
            ClientSecret = development.ReadSecret(),
            DisplayName = "Development tokens (./platform token, tests)",
            ClientType = ClientTypes.Confidential,
            Permissions = { Permissions.Endpoints.Token, Permissions.Prefixes.GrantType + Connect.DevelopmentTokens.GrantType },
        };
        foreach (var api in apis)
        {
            descriptor.Permissions.Add(Permissions.Prefixes.Scope + api);
        }

        return descriptor;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Removed client {ClientId}: it is no longer configured")]
    private static partial void LogRemoved(ILogger logger, string? clientId);
}
