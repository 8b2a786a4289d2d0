using Microsoft.Extensions.Primitives;
using Platform.Gateway.Security;
using Yarp.ReverseProxy.Configuration;
using Yarp.ReverseProxy.Health;
using Yarp.ReverseProxy.LoadBalancing;

namespace Platform.Gateway.Routing;

/// <summary>
/// Feeds YARP from configuration: routes from <c>ReverseProxy:Routes</c> (YARP's own schema) and one cluster per
/// configured service with a destination per replica in <c>Services:&lt;cluster&gt;</c>. A route whose service has no
/// address is left out, so an unconfigured service answers 404 instead of failing start-up.
/// Several replicas share the load (power of two choices) and leave the rotation when their <c>/health/ready</c> fails
/// twice (active check every 5 s) or when connections to them fail (passive check), unless the cluster's own
/// <c>ReverseProxy:Clusters:&lt;service&gt;:HealthCheck</c> says otherwise. A single replica is not health-checked by
/// YARP: there is nowhere else to send its requests.
/// Routes default to authenticated users only and the per-client rate limit. CORS is not per route: the gateway
/// answers it for every path before routing, from one allow-list.
/// </summary>
internal sealed partial class ServiceRoutesConfigProvider : IProxyConfigProvider, IDisposable
{
    private const string RoutesSection = "ReverseProxy:Routes";
    private const string ClustersSection = "ReverseProxy:Clusters";

    private static readonly HealthCheckConfig ReplicaHealthCheck = new()
    {
        Active = new ActiveHealthCheckConfig
        {
            Enabled = true,
            Interval = TimeSpan.FromSeconds(5),
            Timeout = TimeSpan.FromSeconds(2),
            Policy = HealthCheckConstants.ActivePolicy.ConsecutiveFailures,
        },
        Passive = new PassiveHealthCheckConfig
        {
            Enabled = true,
            Policy = HealthCheckConstants.PassivePolicy.TransportFailureRate,
            ReactivationPeriod = TimeSpan.FromSeconds(10),
        },
        AvailableDestinationsPolicy = HealthCheckConstants.AvailableDestinations.HealthyOrPanic,
    };

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
        {
            var configured = _configuration.GetSection($"{ClustersSection}:{service.Key}").Get<ClusterConfig>() ?? new ClusterConfig();
            return configured with
            {
                ClusterId = service.Key,
                LoadBalancingPolicy = configured.LoadBalancingPolicy ?? LoadBalancingPolicies.PowerOfTwoChoices,
                HealthCheck = configured.HealthCheck ?? (service.Value.Count > 1 ? ReplicaHealthCheck : null),
                Destinations = service.Value.Select((address, replica) => (address, replica)).ToDictionary(
                    destination => destination.replica == 0 ? service.Key : $"{service.Key}-{destination.replica + 1}",
                    destination => new DestinationConfig { Address = destination.address.ToString(), Health = new Uri(destination.address, "/health/ready").ToString() },
                    StringComparer.Ordinal),
            };
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
