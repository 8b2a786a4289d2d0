using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace Platform.Web.Security;

/// <summary>
/// The gateway forwards every page to this process with X-Forwarded-For/Proto/Host, so links, the sign-in redirect
/// address and Secure cookies follow the address the person used. Only loopback and <c>ForwardedHeaders:KnownProxies</c>
/// (or <c>KnownNetworks</c>, a pod network) are believed: anyone else could otherwise name any host in a redirect.
/// </summary>
internal static class TrustedForwarding
{
    public static IServiceCollection AddTrustedForwarding(this IServiceCollection services, IConfiguration configuration) =>
        services.Configure<ForwardedHeadersOptions>(options =>
        {
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto | ForwardedHeaders.XForwardedHost;
            foreach (var proxy in configuration.GetSection("ForwardedHeaders:KnownProxies").Get<string[]>() ?? [])
            {
                options.KnownProxies.Add(IPAddress.Parse(proxy));
            }

            foreach (var network in configuration.GetSection("ForwardedHeaders:KnownNetworks").Get<string[]>() ?? [])
            {
                options.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(network));
            }
        });
}
