using System.Net;
using System.Net.Sockets;

namespace Platform.Web.Security;

/// <summary>
/// The web tier calls the gateway for everyone it serves, so without help the gateway would count every resident
/// against one anonymous rate limit: this process's address. Each call therefore carries the person's own address
/// (as the gateway told this process, <see cref="TrustedForwarding"/>) in X-Forwarded-For, and the gateway believes it
/// only from this tier (its <c>ForwardedHeaders:KnownProxies</c>/<c>KnownNetworks</c>). Where the web and others share
/// an address (one machine, loopback), <c>Web:SourceAddress</c> gives this process's calls an address of their own
/// (e.g. 127.0.0.2) for the gateway to trust, so nobody else can choose the address they are counted by.
/// </summary>
internal sealed class ForwardPersonAddress(IHttpContextAccessor context) : DelegatingHandler
{
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        request.Headers.Remove("X-Forwarded-For");
        if (context.HttpContext?.Connection.RemoteIpAddress is { } address)
        {
            request.Headers.TryAddWithoutValidation("X-Forwarded-For", (address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address).ToString());
        }

        return base.SendAsync(request, cancellationToken);
    }
}

internal static class PersonAddress
{
    /// <summary>Calls to the gateway through <paramref name="http"/> carry the person's address, from this tier's own source address.</summary>
    public static IHttpClientBuilder ForwardingPersonAddress(this IHttpClientBuilder http, WebSettings settings)
    {
        ArgumentNullException.ThrowIfNull(http);
        http.Services.AddHttpContextAccessor();
        http.Services.AddTransient<ForwardPersonAddress>();
        return http.AddHttpMessageHandler<ForwardPersonAddress>()
            .ConfigurePrimaryHttpMessageHandler(() => Handler(settings));
    }

    /// <summary>The sockets handler, bound to <c>Web:SourceAddress</c> when one is set.</summary>
    public static SocketsHttpHandler Handler(WebSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var handler = new SocketsHttpHandler();
        if (settings.SourceAddress is { } source)
        {
            var local = IPAddress.Parse(source);
            handler.ConnectCallback = async (connection, cancellationToken) =>
            {
                var socket = new Socket(local.AddressFamily, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
                try
                {
                    socket.Bind(new IPEndPoint(local, 0));
                    await socket.ConnectAsync(connection.DnsEndPoint, cancellationToken);
                    return new NetworkStream(socket, ownsSocket: true);
                }
                catch
                {
                    socket.Dispose();
                    throw;
                }
            };
        }

        return handler;
    }
}
