using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Platform.ServiceDefaults.Auth;
using Platform.ServiceDefaults.Errors;
using Platform.ServiceDefaults.Health;
using Platform.ServiceDefaults.Http;
using Platform.ServiceDefaults.OpenApi;
using Platform.ServiceDefaults.Telemetry;

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
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddSingleton(identity);
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddHttpContextAccessor();
        builder.Services.AddPlatformHttpClientDefaults();
        builder.Services.AddScoped<Audit.AuditTrail>();
        builder.AddPlatformTelemetry(identity);
        builder.AddPlatformProblemDetails();
        builder.AddPlatformAuthentication();
        builder.Services.AddPlatformHealthChecks();
        builder.Services.AddPlatformOpenApi(identity);
        return builder;
    }

    /// <summary>Middleware and endpoints in the order they must run. Call before mapping the service's own endpoints.</summary>
    public static WebApplication MapServiceDefaults(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var identity = app.Services.GetRequiredService<ServiceIdentity>();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseMiddleware<RequestBodyLimit>();
        app.UseRouting();
        app.UseAuthentication();
        app.UseAuthorization();
        app.MapPlatformHealthChecks();
        app.MapPlatformOpenApi(identity);
        return app;
    }
}
