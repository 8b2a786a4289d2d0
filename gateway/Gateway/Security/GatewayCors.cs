using Microsoft.AspNetCore.Cors.Infrastructure;

namespace Platform.Gateway.Security;

/// <summary>
/// One CORS policy for every route, from the allow-list <c>Cors:AllowedOrigins</c>. Tokens travel in the
/// Authorization header, never in cookies, so credentials stay disallowed.
/// </summary>
internal static class GatewayCors
{
    public static IServiceCollection AddGatewayCors(this IServiceCollection services)
    {
        services.AddCors();
        services.AddOptions<CorsOptions>().Configure<IConfiguration>((options, configuration) =>
        {
            var origins = configuration.GetSection("Cors:AllowedOrigins").Get<string[]>() ?? [];
            options.AddDefaultPolicy(policy => policy
                .WithOrigins(origins)
                .AllowAnyHeader()
                .AllowAnyMethod()
                .WithExposedHeaders("Location", "Retry-After")
                .SetPreflightMaxAge(TimeSpan.FromMinutes(10)));
        });
        return services;
    }
}
