using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.IdentityModel.Tokens;

namespace Platform.Gateway.Security;

/// <summary>
/// Bearer token validation at the edge: issuer, audience, lifetime and signature, from <c>Auth:*</c>
/// (<c>Auth:Authority</c> for an OIDC issuer's published keys, <c>Auth:SigningKey</c> for the development issuer).
/// </summary>
internal static class GatewayAuthentication
{
    // TODO(service-defaults): delete this class once builder.AddServiceDefaults() validates tokens from Auth:*.
    public static IServiceCollection AddGatewayAuthentication(this IServiceCollection services)
    {
        services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme).AddJwtBearer();
        services.AddOptions<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme).Configure<IConfiguration>((options, configuration) =>
        {
            var auth = configuration.GetSection("Auth");
            var signingKey = auth["SigningKey"];
            options.Authority = auth["Authority"];
            options.MapInboundClaims = false;
            options.TokenValidationParameters = new TokenValidationParameters
            {
                ValidIssuer = auth["Issuer"] ?? "csp-dev",
                ValidAudience = auth["Audience"] ?? "csp-platform",
                ValidateIssuer = true,
                ValidateAudience = true,
                ValidateLifetime = true,
                ValidateIssuerSigningKey = true,
                RequireExpirationTime = true,
                ClockSkew = TimeSpan.FromSeconds(30),
                NameClaimType = "sub",
                RoleClaimType = "role",
                IssuerSigningKey = string.IsNullOrEmpty(signingKey) ? null : new SymmetricSecurityKey(Convert.FromBase64String(signingKey)),
            };
        });
        return services.AddAuthorization();
    }
}
