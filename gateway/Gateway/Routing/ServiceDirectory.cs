namespace Platform.Gateway.Routing;

/// <summary>
/// The back-end services the gateway knows, from the <c>Services</c> configuration section: one address
/// (<c>Services:plans=http://127.0.0.1:5101</c>) or several replicas separated by spaces or commas
/// (<c>http://127.0.0.1:5101 http://127.0.0.1:6101</c>). A service without an address is simply absent.
/// </summary>
internal sealed class ServiceDirectory(IConfiguration configuration)
{
    public const string SectionName = "Services";

    /// <summary>Service name (also its YARP cluster id) to its replicas' base addresses, read on every call so reloads apply.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<Uri>> Current()
    {
        var services = new SortedDictionary<string, IReadOnlyList<Uri>>(StringComparer.Ordinal);
        foreach (var entry in configuration.GetSection(SectionName).GetChildren())
        {
            var addresses = (entry.Value ?? "").Split([' ', ','], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            if (addresses.Length == 0)
            {
                continue;
            }

            services[entry.Key] = addresses.Select(value => Parse(entry.Key, value)).Distinct().ToList();
        }

        return services;
    }

    private static Uri Parse(string service, string value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var address) && (address.Scheme == Uri.UriSchemeHttp || address.Scheme == Uri.UriSchemeHttps)
            ? address
            : throw new InvalidOperationException($"{SectionName}:{service} must hold absolute http(s) addresses separated by spaces or commas.");
}
