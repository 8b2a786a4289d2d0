using Platform.Testing;

namespace EndToEnd.Tests.Infrastructure;

/// <summary>The platform on a RabbitMQ server of its own, which the test may stop and start.</summary>
public sealed class PlatformWithOwnBroker : PlatformUnderTest
{
    public RabbitMqServer BrokerServer { get; private set; } = null!;

    protected override async Task<Uri> BrokerAsync(TestServers servers)
    {
        BrokerServer = await RabbitMqServer.StartNewAsync();
        return BrokerServer.AmqpUri;
    }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        await BrokerServer.DisposeAsync();
    }
}
