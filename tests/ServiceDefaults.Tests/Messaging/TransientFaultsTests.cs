using System.Net.Sockets;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Platform.ServiceDefaults.Messaging;

namespace ServiceDefaults.Tests.Messaging;

/// <summary>Which failures a consumer waits out (decision 0048) and which park the message after the short retries.</summary>
public sealed class TransientFaultsTests
{
    [Theory]
    [InlineData("57P01")] // terminating connection due to administrator command: the server is restarting
    [InlineData("57P02")] // crash shutdown: another backend crashed and the server is resetting
    [InlineData("57P03")] // the database system is starting up
    [InlineData("08006")] // connection failure
    [InlineData("53300")] // too many connections
    public void The_server_going_away_or_full_is_transient(string sqlState) =>
        Assert.True(TransientFaults.IsTransient(new PostgresException("server unavailable", "FATAL", "FATAL", sqlState)));

    [Fact]
    public void An_unreachable_server_is_transient_however_deeply_EF_Core_wraps_it()
    {
        var refused = new NpgsqlException("Failed to connect", new SocketException((int)SocketError.ConnectionRefused));

        Assert.True(TransientFaults.IsTransient(refused));
        Assert.True(TransientFaults.IsTransient(new DbUpdateException("An error occurred while saving the entity changes.", refused)));
        Assert.True(TransientFaults.IsTransient(new InvalidOperationException("A transient failure", new DbUpdateException("saving", refused))));
        Assert.True(TransientFaults.IsTransient(new NpgsqlException("Exception while reading from stream", new TimeoutException())));
    }

    [Theory]
    [InlineData("23505")] // unique violation
    [InlineData("22P02")] // invalid text representation
    [InlineData("42P01")] // undefined table
    public void A_statement_the_server_refuses_is_not_transient(string sqlState)
    {
        var refused = new PostgresException("refused", "ERROR", "ERROR", sqlState);

        Assert.False(TransientFaults.IsTransient(refused));
        Assert.False(TransientFaults.IsTransient(new DbUpdateException("An error occurred while saving the entity changes.", refused)));
    }

    [Fact]
    public void A_failure_of_the_message_or_the_code_is_not_transient()
    {
        Assert.False(TransientFaults.IsTransient(new InvalidOperationException("This widget can never be applied.")));
        Assert.False(TransientFaults.IsTransient(new JsonException("The payload is not JSON.")));
        Assert.False(TransientFaults.IsTransient(new DeliveryLimitExceededException("Delivered 20 times")));
    }

    [Fact]
    public void Held_messages_are_tried_again_at_doubling_pauses_up_to_the_cap_for_the_whole_window()
    {
        var window = TimeSpan.FromMinutes(10);

        var intervals = TransientFaults.Intervals(TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(10), window);

        Assert.Equal([1, 2, 4, 8, 10, 10], intervals.Take(6).Select(i => i.TotalSeconds));
        Assert.All(intervals, i => Assert.InRange(i, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(10)));
        var total = intervals.Aggregate(TimeSpan.Zero, (sum, i) => sum + i);
        Assert.InRange(total, window, window + TimeSpan.FromSeconds(10));
    }
}
