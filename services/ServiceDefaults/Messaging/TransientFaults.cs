using System.Net.Sockets;
using Npgsql;

namespace Platform.ServiceDefaults.Messaging;

/// <summary>
/// Failures of what a consumer stands on rather than of the message it holds: the database unreachable, restarting,
/// shutting down or out of connections. They say nothing about the message, so the consumer holds it and tries again
/// for <see cref="MessagingOptions.TransientFaultWindow"/> instead of spending its few retries and parking it in the
/// <c>_error</c> queue, which is for messages that cannot be handled (decision 0048).
/// </summary>
public static class TransientFaults
{
    /// <summary>Whether <paramref name="exception"/>, or one it wraps (EF Core's <c>DbUpdateException</c>, say), is transient.</summary>
    public static bool IsTransient(Exception exception) =>
        exception switch
        {
            PostgresException postgres => postgres.IsTransient || ServerGoingAway(postgres.SqlState),
            NpgsqlException npgsql => npgsql.IsTransient,
            TimeoutException or SocketException => true,
            AggregateException aggregate => aggregate.InnerExceptions.Any(IsTransient),
            null => false,
            _ => exception.InnerException is { } inner && IsTransient(inner),
        };

    /// <summary>
    /// The pauses between attempts: doubling from <paramref name="first"/> up to <paramref name="max"/>, as many as
    /// add up to <paramref name="window"/>; so a held message is tried again at most <paramref name="max"/> after the
    /// database is back.
    /// </summary>
    public static TimeSpan[] Intervals(TimeSpan first, TimeSpan max, TimeSpan window)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(first, TimeSpan.Zero);
        ArgumentOutOfRangeException.ThrowIfLessThan(max, first);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(window, TimeSpan.Zero);
        var intervals = new List<TimeSpan>();
        var waited = TimeSpan.Zero;
        for (var next = first; waited < window; next = next * 2 > max ? max : next * 2)
        {
            intervals.Add(next);
            waited += next;
        }

        return [.. intervals];
    }

    // Npgsql counts 57P03 (cannot connect now) as transient but not the server's own farewells: 57P01 admin shutdown
    // (a restart) and 57P02 crash shutdown (another backend crashed and the server is resetting).
    private static bool ServerGoingAway(string sqlState) => sqlState is PostgresErrorCodes.AdminShutdown or PostgresErrorCodes.CrashShutdown;
}
