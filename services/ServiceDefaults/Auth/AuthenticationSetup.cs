using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using Platform.Contracts;
using Platform.ServiceDefaults.Hosting;

namespace Platform.ServiceDefaults.Auth;

internal static class AuthenticationSetup
{
    /// <summary>Asymmetric algorithms only: a symmetric one would mean every validator could also sign.</summary>
    private static readonly string[] AuthorityAlgorithms = [SecurityAlgorithms.RsaSha256, SecurityAlgorithms.EcdsaSha256];

    public static WebApplicationBuilder AddPlatformAuthentication(this WebApplicationBuilder builder, ServiceIdentity identity)
    {
        var options = builder.Configuration.GetSection(AuthOptions.Section).Get<AuthOptions>() ?? new AuthOptions();
        var useKey = Validate(options, builder.Environment);
        var audiences = options.Audiences.Count > 0 ? options.Audiences : [options.Audience ?? identity.Name];

        builder.Services
            .AddAuthentication(JwtBearerDefaults.AuthenticationScheme)
            .AddJwtBearer(jwt =>
            {
                jwt.MapInboundClaims = false;
                jwt.Authority = options.Authority;
                jwt.MetadataAddress = options.MetadataAddress!;
                jwt.RequireHttpsMetadata = options.RequireHttpsMetadata
                    ?? (!builder.Environment.IsDevelopment() && !IsLoopbackHttp(options.MetadataAddress ?? options.Authority));
                jwt.TokenValidationParameters = new TokenValidationParameters
                {
                    ValidIssuer = options.Issuer ?? (useKey ? "csp-dev" : null),
                    ValidAudiences = audiences,
                    ValidateIssuer = true,
                    ValidateAudience = true,
                    ValidateLifetime = true,
                    ValidateIssuerSigningKey = true,
                    RequireExpirationTime = true,
                    RequireSignedTokens = true,
                    ClockSkew = TimeSpan.FromSeconds(30),
                    ValidAlgorithms = useKey ? [SecurityAlgorithms.HmacSha256] : AuthorityAlgorithms,
                    NameClaimType = ClaimNames.Subject,
                    RoleClaimType = ClaimNames.Role,
                    IssuerSigningKey = useKey ? new SymmetricSecurityKey(Convert.FromBase64String(options.SigningKey!)) : null,
                };
                jwt.Events = new JwtBearerEvents
                {
                    OnTokenValidated = RefuseOverLongLifetime,
                    OnChallenge = ChallengeProblem.WriteAsync,
                };
            });

        builder.Services.AddAuthorizationBuilder()
            .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build())
            .AddRolePolicies();
        builder.Services.AddScoped<CurrentUser>();
        return builder;
    }

    /// <summary>True when tokens are checked with the Development signing key rather than an authority's JWKS.</summary>
    private static bool Validate(AuthOptions options, IHostEnvironment environment)
    {
        var hasKey = !string.IsNullOrEmpty(options.SigningKey);
        var hasAuthority = !string.IsNullOrEmpty(options.Authority);
        if (hasKey && hasAuthority)
        {
            throw new InvalidOperationException(
                "Auth:SigningKey and Auth:Authority are both set; set only Auth:Authority (the identity service).");
        }

        if (!hasKey && !hasAuthority)
        {
            throw new InvalidOperationException("Set Auth:Authority, the identity service's issuer address (./platform up sets it).");
        }

        if (hasKey && !environment.IsDevelopment())
        {
            throw new InvalidOperationException(
                "Auth:SigningKey is refused outside Development: whoever holds a symmetric key can mint any token. Set Auth:Authority.");
        }

        if (hasAuthority && !environment.IsDevelopment() && !options.Authority!.StartsWith("https://", StringComparison.Ordinal)
            && !IsLoopbackHttp(options.Authority))
        {
            throw new InvalidOperationException("Auth:Authority must be an https address outside Development (or on this machine).");
        }

        return hasKey;
    }

    private static bool IsLoopbackHttp(string? address) =>
        Uri.TryCreate(address, UriKind.Absolute, out var uri) && uri.Scheme == Uri.UriSchemeHttp && uri.IsLoopback;

    /// <summary>From issue (or, without <c>iat</c>, not-before) to expiry; a token saying neither cannot show it is short-lived.</summary>
    private static Task RefuseOverLongLifetime(TokenValidatedContext context)
    {
        var token = context.SecurityToken;
        var issued = token is JsonWebToken { IssuedAt: var issuedAt } && issuedAt != DateTime.MinValue ? issuedAt : token.ValidFrom;
        if (issued == DateTime.MinValue || token.ValidTo - issued > AuthOptions.MaximumTokenLifetime)
        {
            context.Fail(new TokenLifetimeTooLongException(AuthOptions.MaximumTokenLifetime));
        }

        return Task.CompletedTask;
    }

    /// <summary>One policy per role, named as the role, so endpoints say <c>RequireAuthorization(Roles.Analyst)</c>.</summary>
    private static AuthorizationBuilder AddRolePolicies(this AuthorizationBuilder authorization)
    {
        foreach (var role in Roles.All)
        {
            authorization.AddPolicy(role, policy => policy.RequireAuthenticatedUser().RequireRole(role));
        }

        return authorization;
    }
}

/// <summary>A token whose lifetime exceeds what the platform allows, however validly signed.</summary>
public sealed class TokenLifetimeTooLongException(TimeSpan maximum)
    : SecurityTokenInvalidLifetimeException($"The token lives longer than {maximum.TotalMinutes} minutes.")
{
    public TimeSpan Maximum { get; } = maximum;
}
