using MassTransit;
using Platform.Contracts;

namespace ServiceDefaults.Tests.Messaging;

[MessageUrn("csp:test:widget-changed:v1")]
[EntityName("test.widget-changed.v1")]
public sealed record WidgetChanged : IntegrationEvent
{
    public const string Poison = "poison";

    public required Guid WidgetId { get; init; }

    /// <summary><see cref="Poison"/> makes <see cref="ApplyWidgetChangedConsumer"/> throw every time.</summary>
    public string Name { get; init; } = "";
}
