using Identity.Api.Configuration;
using Identity.Api.Data;
using Identity.Api.Keys;
using OpenIddict.Server;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Identity.Api.Connect;

/// <summary>
/// OpenIddict as the platform's OpenID Connect provider. Paths are relative to the service's path base
/// (<c>/identity</c>), so discovery is at <c>/identity/.well-known/openid-configuration</c>.
/// </summary>
public static class AuthorityServer
{
    public const string AuthorizePath = "connect/authorize";
    public const string TokenPath = "connect/token";
    public const string EndSessionPath = "connect/endsession";

    public static IServiceCollection AddAuthorityServer(this IServiceCollection services, AuthorityOptions options, AuthorityKeys keys)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(keys);
        services.AddOpenIddict()
            .AddCore(core => core.UseEntityFrameworkCore().UseDbContext<IdentityDbContext>())
            .AddServer(server =>
            {
                if (options.Issuer is { } issuer)
                {
                    server.SetIssuer(issuer);
                }

                server.SetAuthorizationEndpointUris(AuthorizePath)
                    .SetTokenEndpointUris(TokenPath)
                    .SetEndSessionEndpointUris(EndSessionPath);
                server.AllowAuthorizationCodeFlow().RequireProofKeyForCodeExchange()
                    .AllowRefreshTokenFlow()
                    .AllowClientCredentialsFlow();
                if (options.DevelopmentTokens is not null)
                {
                    server.AllowCustomFlow(DevelopmentTokens.GrantType);
                }

                server.RegisterScopes([Scopes.OpenId, Scopes.Profile, Scopes.OfflineAccess, .. options.Apis]);
                server.SetAccessTokenLifetime(options.AccessTokenLifetime)
                    .SetIdentityTokenLifetime(options.AccessTokenLifetime)
                    .SetRefreshTokenLifetime(options.RefreshTokenLifetime)
                    .SetAuthorizationCodeLifetime(TimeSpan.FromMinutes(2));

                // Access tokens are plain signed JWTs (RFC 9068) so every service can validate them with the JWKS alone.
                server.DisableAccessTokenEncryption();
                foreach (var credentials in keys.Signing)
                {
                    server.AddSigningCredentials(credentials);
                }

                server.AddEncryptionKey(keys.Encryption);

                // TLS ends at the edge (gateway or ingress); outside Development the issuer must be https (AuthorityOptions).
                server.UseAspNetCore()
                    .DisableTransportSecurityRequirement()
                    .EnableAuthorizationEndpointPassthrough()
                    .EnableTokenEndpointPassthrough()
                    .EnableEndSessionEndpointPassthrough();
            });

        // "plain" PKCE sends the verifier itself as the challenge: it protects nothing an interceptor could not read.
        services.PostConfigure<OpenIddictServerOptions>(server => server.CodeChallengeMethods.Remove(CodeChallengeMethods.Plain));
        return services;
    }
}
