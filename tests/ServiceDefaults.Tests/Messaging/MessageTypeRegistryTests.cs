using Platform.Contracts;
using Platform.ServiceDefaults.Messaging;

namespace ServiceDefaults.Tests.Messaging;

public sealed class MessageTypeRegistryTests
{
    [Fact]
    public void An_event_is_stored_under_its_contract_wire_name_and_resolved_back_to_its_type()
    {
        var wireType = MessageTypeRegistry.Register(typeof(WidgetChanged));

        Assert.Equal("csp:test:widget-changed:v1", wireType);
        Assert.Equal(typeof(WidgetChanged), MessageTypeRegistry.Resolve(wireType));
    }

    [Fact]
    public void An_event_without_a_stable_wire_name_cannot_enter_the_outbox()
    {
        var error = Assert.Throws<InvalidOperationException>(() => MessageTypeRegistry.Register(typeof(UnnamedEvent)));

        Assert.Contains("[MessageUrn]", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_wire_name_resolves_to_nothing()
    {
        Assert.Null(MessageTypeRegistry.Resolve("csp:test:never-published:v1"));
    }

    private sealed record UnnamedEvent : IntegrationEvent;
}
