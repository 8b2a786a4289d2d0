using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Platform.ServiceDefaults.Http;
using Platform.ServiceDefaults.Telemetry;

namespace Platform.ServiceDefaults.Hosting;

public static class FrontEndDefaults
{
    /// <summary>
    /// The defaults for the web front-end, which serves HTML pages to people rather than an API: the same telemetry
    /// and resilient outbound HTTP clients as every service, but no bearer-token validation, problem-details error
    /// pages or OpenAPI document (it signs people in with a cookie and shows GOV.UK error pages).
    /// </summary>
    public static WebApplicationBuilder AddFrontEndDefaults(this WebApplicationBuilder builder, ServiceIdentity identity)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddSingleton(identity);
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddPlatformHttpClientDefaults();
        builder.AddPlatformTelemetry(identity);
        builder.Services.AddHealthChecks();
        return builder;
    }
}
