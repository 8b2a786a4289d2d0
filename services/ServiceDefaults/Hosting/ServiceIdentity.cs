namespace Platform.ServiceDefaults.Hosting;

/// <summary>Who a service is: its name (telemetry, queues) and the gateway path prefix it serves under.</summary>
/// <param name="Name">Lower-case slug, e.g. <c>plans</c>, <c>community-trigger</c>.</param>
public sealed record ServiceIdentity(string Name)
{
    /// <summary>Every endpoint of the service lives under this prefix, e.g. <c>/api/plans</c>.</summary>
    public string RoutePrefix => $"/api/{Name}";

    public string OpenApiPath => $"{RoutePrefix}/openapi.json";
}
