using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace Platform.Testing;

/// <summary>Runs deploy/local/*.sh, the same scripts ./platform uses, for servers that live in a temp folder.</summary>
internal static class LocalServerScripts
{
    private const int Attempts = 5;
    private static readonly HashSet<int> HandedOut = [];

    public static string OwnerPid { get; } = Environment.ProcessId.ToString(CultureInfo.InvariantCulture);

    /// <summary>A new folder the postgres user can reach (temp subfolders are created 0700).</summary>
    public static string CreateServerDirectory(string kind)
    {
        if (OperatingSystem.IsWindows())
        {
            throw new PlatformNotSupportedException("The local servers need Linux (PostgreSQL and RabbitMQ from Debian packages).");
        }

        var folder = Directory.CreateTempSubdirectory($"platform-{kind}-").FullName;
        File.SetUnixFileMode(folder, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute |
            UnixFileMode.GroupRead | UnixFileMode.GroupExecute | UnixFileMode.OtherRead | UnixFileMode.OtherExecute);
        return folder;
    }

    public static void DeleteServerDirectory(string folder)
    {
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
            // A temp folder left behind is harmless; failing a test run over it is not.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }

    /// <summary>
    /// Picks <paramref name="count"/> free ports and starts a server on them, picking again when another process took
    /// one of them between the check and the start (test assemblies start servers in parallel).
    /// </summary>
    public static async Task<int[]> StartOnFreePortsAsync(int count, Func<int[], Task> start)
    {
        for (var attempt = 1; ; attempt++)
        {
            var ports = TakeFreePorts(count);
            try
            {
                await start(ports);
                return ports;
            }
            catch (InvalidOperationException e) when (attempt < Attempts && e.Message.Contains("already in use", StringComparison.Ordinal))
            {
            }
        }
    }

    public static async Task RunAsync(string script, params string[] arguments)
    {
        var startInfo = new ProcessStartInfo("bash")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        startInfo.ArgumentList.Add(Path.Combine(RepositoryRoot.FullPath, "deploy", "local", script));
        foreach (var argument in arguments)
        {
            startInfo.ArgumentList.Add(argument);
        }

        using var process = Process.Start(startInfo) ?? throw new InvalidOperationException("Could not start bash.");
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException(
                $"{script} {string.Join(' ', arguments)} failed with exit code {process.ExitCode}: {await errors}{await output}");
        }
    }

    // Below the kernel's ephemeral range (32768+), so outgoing connections do not take them meanwhile.
    private static int[] TakeFreePorts(int count)
    {
        var ports = new List<int>(count);
        lock (HandedOut)
        {
            while (ports.Count < count)
            {
                var candidate = Random.Shared.Next(20000, 32000);
                if (IsFree(candidate) && HandedOut.Add(candidate))
                {
                    ports.Add(candidate);
                }
            }
        }

        return [.. ports];
    }

    private static bool IsFree(int port)
    {
        try
        {
            using var listener = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
            listener.Bind(new IPEndPoint(IPAddress.Loopback, port));
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }
}
