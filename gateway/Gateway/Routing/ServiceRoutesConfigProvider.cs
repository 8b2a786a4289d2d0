using Microsoft.Extensions.Primitives;
using Platform.Gateway.Security;
using Yarp.ReverseProxy.Configuration;

namespace Platform.Gateway.Routing;

/// <summary>
/// Feeds YARP from configuration: routes from <c>ReverseProxy:Routes</c> (YARP's own schema) and one cluster per
/// configured service whose single destination is <c>Services:&lt;cluster&gt;</c>. A route whose service has no
/// address is left out, so an unconfigured service answers 404 instead of failing start-up.
/// Routes default to authenticated users only and the per-client rate limit. CORS is not per route: the gateway
/// answers it for every path before routing, from one allow-list.
/// </summary>
internal sealed partial class ServiceRoutesConfigProvider : IProxyConfigProvider, IDisposable
{
    private const string RoutesSection = "ReverseProxy:Routes";
    private const string ClustersSection = "ReverseProxy:Clusters";

    private readonly IConfiguration _configuration;
    private readonly ServiceDirectory _directory;
    private readonly ILogger<ServiceRoutesConfigProvider> _logger;
    private readonly IDisposable _reloadSubscription;
    private volatile Snapshot _current;

    public ServiceRoutesConfigProvider(IConfiguration configuration, ServiceDirectory directory, ILogger<ServiceRoutesConfigProvider> logger)
    {
        _configuration = configuration;
        _directory = directory;
        _logger = logger;
        _current = Build();
        _reloadSubscription = ChangeToken.OnChange(configuration.GetReloadToken, Reload);
    }

    public IProxyConfig GetConfig() => _current;

    public void Dispose()
    {
        _reloadSubscription.Dispose();
        _current.Dispose();
    }

    private void Reload()
    {
        var previous = _current;
        _current = Build();
        previous.SignalChanged();
        previous.Dispose();
    }

    private Snapshot Build()
    {
        var services = _directory.Current();
        var routes = new List<RouteConfig>();
        var unserved = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var section in _configuration.GetSection(RoutesSection).GetChildren())
        {
            var route = section.Get<RouteConfig>() ?? new RouteConfig();
            if (route.ClusterId is null || !services.ContainsKey(route.ClusterId))
            {
                unserved.Add(section.Key);
                continue;
            }

            routes.Add(route with
            {
                RouteId = section.Key,
                AuthorizationPolicy = route.AuthorizationPolicy ?? "default",
                RateLimiterPolicy = route.RateLimiterPolicy ?? ClientRateLimiting.PolicyName,
            });
        }

        if (unserved.Count > 0)
        {
            var routeIds = string.Join(", ", unserved);
            LogRoutesNotServed(routeIds);
        }

        var clusters = services.Select(service =>
            (_configuration.GetSection($"{ClustersSection}:{service.Key}").Get<ClusterConfig>() ?? new ClusterConfig()) with
            {
                ClusterId = service.Key,
                Destinations = new Dictionary<string, DestinationConfig>(StringComparer.Ordinal)
                {
                    [service.Key] = new() { Address = service.Value.ToString() },
                },
            }).ToList();

        return new Snapshot(routes, clusters);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Routes not served because their service has no address under Services: {RouteIds}")]
    private partial void LogRoutesNotServed(string routeIds);

    private sealed class Snapshot(IReadOnlyList<RouteConfig> routes, IReadOnlyList<ClusterConfig> clusters) : IProxyConfig, IDisposable
    {
        private readonly CancellationTokenSource _changed = new();

        public IReadOnlyList<RouteConfig> Routes { get; } = routes;
        public IReadOnlyList<ClusterConfig> Clusters { get; } = clusters;
        public IChangeToken ChangeToken => new CancellationChangeToken(_changed.Token);

        public void SignalChanged() => _changed.Cancel();

        public void Dispose() => _changed.Dispose();
    }
}
