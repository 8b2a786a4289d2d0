using System.ComponentModel;
using System.Diagnostics;
using Platform.Testing;

namespace Architecture.Tests;

internal static class Processes
{
    /// <summary>Runs a command in <paramref name="folder"/> (default: the repository root); returns exit code and output.</summary>
    public static async Task<(int ExitCode, string Output)> RunAsync(string command, IEnumerable<string> arguments,
        string? folder = null, IReadOnlyDictionary<string, string>? environment = null)
    {
        var startInfo = new ProcessStartInfo(command)
        {
            WorkingDirectory = folder ?? RepositoryRoot.FullPath,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in arguments)
        {
            startInfo.ArgumentList.Add(argument);
        }

        // The test host inherits the outer dotnet's MSBuild settings; a nested build must find its own.
        foreach (var name in startInfo.Environment.Keys.Where(name => name.StartsWith("MSBUILD", StringComparison.OrdinalIgnoreCase)).ToList())
        {
            startInfo.Environment.Remove(name);
        }

        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            startInfo.Environment[name] = value;
        }

        using var process = Start(startInfo);
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(5));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await output + await errors);
    }

    private static Process Start(ProcessStartInfo startInfo)
    {
        try
        {
            return Process.Start(startInfo)!;
        }
        catch (Win32Exception e)
        {
            throw new InvalidOperationException($"Cannot run {startInfo.FileName} (deploy/local/install.sh installs what tests need).", e);
        }
    }
}
