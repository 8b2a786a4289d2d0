using Microsoft.AspNetCore.Http;
using Platform.ServiceDefaults.Errors;

namespace Platform.ServiceDefaults.Data;

/// <summary>
/// Optimistic concurrency over HTTP: reads answer with <c>ETag: "version"</c> (PostgreSQL's xmin), a change may send
/// <c>If-Match: "version"</c>, and a change made against an older version is refused with 409 <c>stale-version</c>
/// and the current version, instead of silently overwriting someone else's edit. A change without If-Match is
/// still protected by the row version between its read and its write.
/// </summary>
public static class ExpectedVersion
{
    public const string Header = "If-Match";

    /// <summary>Throws <see cref="StaleVersionException"/> when <paramref name="ifMatch"/> names another version.</summary>
    public static void Check(uint currentVersion, string? ifMatch)
    {
        if (string.IsNullOrWhiteSpace(ifMatch) || ifMatch.Trim() == "*")
        {
            return;
        }

        var tag = ifMatch.Trim();
        if (tag.StartsWith("W/", StringComparison.Ordinal))
        {
            tag = tag[2..];
        }

        if (!uint.TryParse(tag.Trim('"'), out var expected))
        {
            throw new InvalidHeaderException("ifMatch", "Send the ETag you read as If-Match, e.g. \"1234\" (or no If-Match at all).");
        }

        if (expected != currentVersion)
        {
            throw new StaleVersionException(currentVersion);
        }
    }

    public static string ETag(uint version) => $"\"{version}\"";

    /// <summary>Sets the response's ETag so the client can send it back as If-Match.</summary>
    public static void SetETag(this HttpResponse response, uint version) => response.Headers.ETag = ETag(version);
}

/// <summary>The client changed a record it last read at an older version; answered 409 with the current version.</summary>
public sealed class StaleVersionException(uint? currentVersion)
    : Exception("The record was changed by someone else since you read it.")
{
    public uint? CurrentVersion { get; } = currentVersion;
}
