namespace Platform.ServiceDefaults.Errors;

/// <summary>Section <c>Limits</c>: how much a single request may carry.</summary>
public sealed class RequestLimits
{
    public const string Section = "Limits";

    public long MaxRequestBodyBytes { get; set; } = 1024 * 1024;

    /// <summary>
    /// Paths (and everything under them) that take larger bodies, such as file uploads: <c>Limits:LargeBodies:0:Path</c>
    /// and <c>:MaxBytes</c>. The gateway must list them too, as it refuses oversized bodies before they reach a service.
    /// </summary>
    public IList<LargeBodyLimit> LargeBodies { get; } = [];

    /// <summary>The limit for a request to <paramref name="path"/>.</summary>
    public long MaxFor(string? path) =>
        path is null
            ? MaxRequestBodyBytes
            : LargeBodies.Where(large => large.Path.Length > 0 && path.StartsWith(large.Path, StringComparison.OrdinalIgnoreCase))
                .Select(large => (long?)large.MaxBytes).Max() ?? MaxRequestBodyBytes;
}

public sealed class LargeBodyLimit
{
    public string Path { get; set; } = "";

    public long MaxBytes { get; set; }
}
