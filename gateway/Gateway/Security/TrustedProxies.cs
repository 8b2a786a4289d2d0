using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace Platform.Gateway.Security;

/// <summary>
/// X-Forwarded-For and X-Forwarded-Proto are believed only from the proxies named in <c>ForwardedHeaders:KnownProxies</c>
/// (addresses) or <c>ForwardedHeaders:KnownNetworks</c> (CIDR ranges); with neither the headers are ignored and the
/// socket's peer is the client. Anyone else could otherwise choose the address they are rate-limited by.
/// ASP.NET Core's ASPNETCORE_FORWARDEDHEADERS_ENABLED switch trusts every sender, so start-up refuses it.
/// </summary>
internal static class TrustedProxies
{
    public const string Section = "ForwardedHeaders";

    public static IServiceCollection AddTrustedProxies(this IServiceCollection services, IConfiguration configuration)
    {
        if (configuration.GetValue<bool>("ForwardedHeaders_Enabled"))
        {
            throw new InvalidOperationException(
                "ASPNETCORE_FORWARDEDHEADERS_ENABLED trusts forwarded headers from anyone; unset it and name the proxies in ForwardedHeaders:KnownProxies or ForwardedHeaders:KnownNetworks.");
        }

        var proxies = Read(configuration, "KnownProxies", IPAddress.Parse);
        var networks = Read(configuration, "KnownNetworks", System.Net.IPNetwork.Parse);
        return services.Configure<ForwardedHeadersOptions>(options =>
        {
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            options.KnownProxies.Clear();
            options.KnownIPNetworks.Clear();
            proxies.ForEach(options.KnownProxies.Add);
            networks.ForEach(options.KnownIPNetworks.Add);
            options.ForwardLimit = configuration.GetValue($"{Section}:ForwardLimit", 1);
        });
    }

    public static IApplicationBuilder UseTrustedProxies(this IApplicationBuilder app, IConfiguration configuration) =>
        Read(configuration, "KnownProxies", IPAddress.Parse).Count + Read(configuration, "KnownNetworks", System.Net.IPNetwork.Parse).Count > 0
            ? app.UseForwardedHeaders()
            : app;

    private static List<T> Read<T>(IConfiguration configuration, string key, Func<string, T> parse)
    {
        var values = configuration.GetSection($"{Section}:{key}").Get<string[]>() ?? [];
        var parsed = new List<T>();
        foreach (var value in values.Where(value => !string.IsNullOrWhiteSpace(value)))
        {
            try
            {
                parsed.Add(parse(value.Trim()));
            }
            catch (FormatException)
            {
                throw new InvalidOperationException($"{Section}:{key}: '{value}' is not an address{(key == "KnownNetworks" ? " range such as 10.0.0.0/8" : "")}.");
            }
        }

        return parsed;
    }
}
