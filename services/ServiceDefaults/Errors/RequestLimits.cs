namespace Platform.ServiceDefaults.Errors;

/// <summary>Section <c>Limits</c>: how much a single request may carry.</summary>
public sealed class RequestLimits
{
    public const string Section = "Limits";

    public long MaxRequestBodyBytes { get; set; } = 1024 * 1024;
}
