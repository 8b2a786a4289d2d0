using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.Tokens;
using Platform.Contracts;

namespace Platform.ServiceDefaults.Auth;

internal static class AuthenticationSetup
{
    public static WebApplicationBuilder AddPlatformAuthentication(this WebApplicationBuilder builder)
    {
        var options = builder.Configuration.GetSection(AuthOptions.Section).Get<AuthOptions>() ?? new AuthOptions();
        if (options.Authority is null && string.IsNullOrEmpty(options.SigningKey))
        {
            throw new InvalidOperationException(
                "Set Auth:Authority (an OIDC issuer) or, for development, Auth:SigningKey (base64). ./platform up sets the latter.");
        }

        builder.Services
            .AddAuthentication(JwtBearerDefaults.AuthenticationScheme)
            .AddJwtBearer(jwt =>
            {
                jwt.MapInboundClaims = false;
                jwt.Authority = options.Authority;
                jwt.RequireHttpsMetadata = options.Authority?.StartsWith("https://", StringComparison.Ordinal) ?? false;
                jwt.TokenValidationParameters = new TokenValidationParameters
                {
                    ValidIssuer = options.Issuer,
                    ValidAudience = options.Audience,
                    ValidateIssuer = true,
                    ValidateAudience = true,
                    ValidateLifetime = true,
                    ValidateIssuerSigningKey = true,
                    RequireExpirationTime = true,
                    ClockSkew = TimeSpan.FromSeconds(30),
                    NameClaimType = ClaimNames.Subject,
                    RoleClaimType = ClaimNames.Role,
                    IssuerSigningKey = options.SigningKey is { Length: > 0 } key
                        ? new SymmetricSecurityKey(Convert.FromBase64String(key))
                        : null,
                };
                jwt.Events = new JwtBearerEvents { OnChallenge = ChallengeProblem.WriteAsync };
            });

        builder.Services.AddAuthorizationBuilder()
            .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build())
            .AddRolePolicies();
        builder.Services.AddScoped<CurrentUser>();
        return builder;
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
