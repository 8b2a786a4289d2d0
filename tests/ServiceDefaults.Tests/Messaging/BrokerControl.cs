using System.Diagnostics;
using System.Globalization;
using Platform.Testing;

namespace ServiceDefaults.Tests.Messaging;

/// <summary>
/// A clean broker shutdown for outage tests. <see cref="RabbitMqServer.StopAsync"/> kills the broker, and RabbitMQ 3.10
/// flushes a quorum queue's Raft name registry lazily: a queue declared shortly before a kill can come back as a fresh,
/// leaderless member that never accepts another message (rabbitmq-server#15725). That is a broker bug, not what these
/// tests are about, so they stop the class's own broker the way an operator would, with the same script.
/// </summary>
internal static class BrokerControl
{
    public static async Task StopCleanlyAsync(RabbitMqServer server)
    {
        var port = server.AmqpUri.Port.ToString(CultureInfo.InvariantCulture);
        var folder = Directory.GetDirectories(Path.GetTempPath(), "platform-rabbitmq-*")
            .Single(dir => File.Exists(Path.Combine(dir, "ports"))
                && File.ReadAllText(Path.Combine(dir, "ports")).Split(' ')[0] == port);
        var stop = new ProcessStartInfo("bash") { RedirectStandardOutput = true, RedirectStandardError = true };
        stop.ArgumentList.Add(Path.Combine(RepositoryRoot.FullPath, "deploy", "local", "rabbitmq.sh"));
        stop.ArgumentList.Add("stop");
        stop.ArgumentList.Add(folder);
        using var process = Process.Start(stop)!;
        var errors = process.StandardError.ReadToEndAsync();
        await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.True(process.ExitCode == 0, await errors);
    }
}
