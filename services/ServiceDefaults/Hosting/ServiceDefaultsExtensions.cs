using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Platform.ServiceDefaults.Auth;
using Platform.ServiceDefaults.Errors;
using Platform.ServiceDefaults.Health;
using Platform.ServiceDefaults.Http;
using Platform.ServiceDefaults.OpenApi;
using Platform.ServiceDefaults.Telemetry;
using Platform.ServiceDefaults.Text;

namespace Platform.ServiceDefaults.Hosting;

public static class ServiceDefaultsExtensions
{
    /// <summary>
    /// The cross-cutting building blocks every service and the gateway share: telemetry, problem details,
    /// token validation and role policies, health checks, OpenAPI, resilient outbound HTTP clients and an injectable <see cref="TimeProvider"/>.
    /// Each service must also call <c>builder.Services.AddValidation()</c> itself: .NET's validation source generator
    /// only sees request types from the project that makes that call.
    /// </summary>
    public static WebApplicationBuilder AddServiceDefaults(this WebApplicationBuilder builder, ServiceIdentity identity)
    {
        AddDefaultsExceptTokenValidation(builder, identity);
        builder.AddPlatformAuthentication(identity);
        builder.Services.AddScoped<Audit.AuditTrail>(); // records the token's caller
        return builder;
    }

    /// <summary>
    /// The defaults for the identity service, which issues tokens rather than accepting them: everything in
    /// <see cref="AddServiceDefaults"/> except bearer-token validation and the authenticated-by-default policy
    /// (its sign-in page and OpenID Connect endpoints are for callers who have no token yet).
    /// </summary>
    public static WebApplicationBuilder AddAuthorityDefaults(this WebApplicationBuilder builder, ServiceIdentity identity)
    {
        AddDefaultsExceptTokenValidation(builder, identity);
        builder.Services.AddAuthorization();
        return builder;
    }

    private static void AddDefaultsExceptTokenValidation(WebApplicationBuilder builder, ServiceIdentity identity)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddSingleton(identity);
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddHttpContextAccessor();
        builder.Services.AddPlatformHttpClientDefaults();
        builder.AddPlatformTelemetry(identity);
        builder.AddPlatformProblemDetails();
        builder.Services.AddPlatformHealthChecks();
        builder.Services.AddPlatformOpenApi(identity);
    }

    /// <summary>Middleware and endpoints in the order they must run. Call before mapping the service's own endpoints.</summary>
    public static WebApplication MapServiceDefaults(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var identity = app.Services.GetRequiredService<ServiceIdentity>();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseMiddleware<RequestBodyLimit>();
        app.UseMiddleware<QueryTextGuard>();
        app.UseRouting();
        app.UseAuthentication();
        app.UseAuthorization();
        app.MapPlatformHealthChecks();
        app.MapPlatformOpenApi(identity);
        return app;
    }
}
