using System.Diagnostics;
using System.Net.Http.Headers;

namespace Demo;

/// <summary>
/// HTTP clients for the gateway, one per agency and role, each with a token whose subject is <see cref="Subject"/>:
/// everything the demo writes is recorded as written by it.
/// </summary>
public interface IDemoClients
{
    public const string Subject = "demo-synthetic";

    /// <param name="district">For roles scoped to a district (a trigger SPOC).</param>
    Task<HttpClient> AsAsync(string agency, string role, string? district = null);
}

/// <summary>Tokens from <c>./platform token</c> (the identity service's development grant), against the gateway's address.</summary>
public sealed class PlatformTokenClients(Uri gateway, string platformScript) : IDemoClients, IDisposable
{
    private readonly Dictionary<(string, string, string?), HttpClient> clients = [];

    public async Task<HttpClient> AsAsync(string agency, string role, string? district = null)
    {
        if (clients.TryGetValue((agency, role, district), out var existing))
        {
            return existing;
        }

        var start = new ProcessStartInfo(platformScript) { RedirectStandardOutput = true, RedirectStandardError = true };
        string[] districtArgs = district is null ? [] : ["--district", district];
        foreach (var arg in new[] { "token", "--agency", agency, "--role", role, "--subject", IDemoClients.Subject }.Concat(districtArgs))
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"could not run {platformScript}");
        var output = await process.StandardOutput.ReadToEndAsync();
        var error = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"./platform token failed for {agency}/{role}: {error.Trim()}");
        }

        var token = output.Trim().Split('\n')[^1].Trim();
        var client = new HttpClient { BaseAddress = gateway, Timeout = TimeSpan.FromMinutes(5) };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        clients[(agency, role, district)] = client;
        return client;
    }

    public void Dispose()
    {
        foreach (var client in clients.Values)
        {
            client.Dispose();
        }
    }
}
