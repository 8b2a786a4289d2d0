namespace Platform.Gateway.Routing;

/// <summary>
/// The back-end services the gateway knows, from the <c>Services</c> configuration section
/// (<c>Services:plans=http://127.0.0.1:5101</c>). A service without an address is simply absent.
/// </summary>
internal sealed class ServiceDirectory(IConfiguration configuration)
{
    public const string SectionName = "Services";

    /// <summary>Service name (also its YARP cluster id) to base address, read on every call so reloads apply.</summary>
    public IReadOnlyDictionary<string, Uri> Current()
    {
        var services = new SortedDictionary<string, Uri>(StringComparer.Ordinal);
        foreach (var entry in configuration.GetSection(SectionName).GetChildren())
        {
            if (string.IsNullOrWhiteSpace(entry.Value))
            {
                continue;
            }

            if (!Uri.TryCreate(entry.Value, UriKind.Absolute, out var address) || (address.Scheme != Uri.UriSchemeHttp && address.Scheme != Uri.UriSchemeHttps))
            {
                throw new InvalidOperationException($"{SectionName}:{entry.Key} must be an absolute http(s) address.");
            }

            services[entry.Key] = address;
        }

        return services;
    }
}
