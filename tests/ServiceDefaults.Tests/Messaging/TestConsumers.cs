using System.Collections.Concurrent;
using System.Diagnostics;
using MassTransit;
using Platform.ServiceDefaults.Messaging;
using ServiceDefaults.Tests.TestDb;

namespace ServiceDefaults.Tests.Messaging;

/// <summary>Applies each WidgetChanged once: one "applied" row per event, through the inbox.</summary>
public sealed class ApplyWidgetChangedConsumer(TestDbContext db, DeliveryLog log)
    : IdempotentConsumer<WidgetChanged, TestDbContext>(db)
{
    protected override Task HandleAsync(WidgetChanged message, ConsumeContext<WidgetChanged> context, CancellationToken cancellationToken)
    {
        log.HandlerRan(context.MessageId!.Value, Activity.Current?.TraceId);
        if (message.Name == WidgetChanged.Poison)
        {
            throw new InvalidOperationException("This widget can never be applied.");
        }

        DbContext.Records.Add(new TestRecord { Kind = "applied", SubjectId = message.WidgetId });
        return Task.CompletedTask;
    }
}

/// <summary>Counts WidgetChanged events in batches, once each through the inbox: one "counted" row per event.</summary>
public sealed class CountWidgetChangesConsumer(TestDbContext db) : IdempotentBatchConsumer<WidgetChanged, TestDbContext>(db)
{
    protected override Task HandleAsync(IReadOnlyList<ConsumeContext<WidgetChanged>> firstDeliveries, CancellationToken cancellationToken)
    {
        DbContext.Records.AddRange(firstDeliveries.Select(d => new TestRecord { Kind = "counted", SubjectId = d.Message.WidgetId }));
        return Task.CompletedTask;
    }
}

/// <summary>Records every delivery, duplicates included: what a consumer without an inbox would see.</summary>
public sealed class CountWidgetChangedConsumer(DeliveryLog log) : IConsumer<WidgetChanged>
{
    public Task Consume(ConsumeContext<WidgetChanged> context)
    {
        log.HandlerRan(context.MessageId!.Value, Activity.Current?.TraceId);
        return Task.CompletedTask;
    }
}

/// <summary>What the consumers of one host saw: handler runs, and deliveries completed (duplicates skipped included).</summary>
public sealed class DeliveryLog : IConsumeObserver
{
    private readonly ConcurrentDictionary<Guid, int> handlerRuns = new();
    private readonly ConcurrentDictionary<Guid, int> completed = new();
    private readonly ConcurrentDictionary<Guid, ActivityTraceId?> traces = new();

    public int HandlerRuns(Guid messageId) => handlerRuns.GetValueOrDefault(messageId);

    public int Completed(Guid messageId) => completed.GetValueOrDefault(messageId);

    public IReadOnlyDictionary<Guid, int> AllHandlerRuns => handlerRuns;

    public ActivityTraceId? TraceOf(Guid messageId) => traces.GetValueOrDefault(messageId);

    internal void HandlerRan(Guid messageId, ActivityTraceId? trace)
    {
        traces[messageId] = trace;
        handlerRuns.AddOrUpdate(messageId, 1, (_, runs) => runs + 1);
    }

    public Task PostConsume<T>(ConsumeContext<T> context)
        where T : class
    {
        completed.AddOrUpdate(context.MessageId!.Value, 1, (_, runs) => runs + 1);
        return Task.CompletedTask;
    }

    public Task PreConsume<T>(ConsumeContext<T> context)
        where T : class => Task.CompletedTask;

    public Task ConsumeFault<T>(ConsumeContext<T> context, Exception exception)
        where T : class => Task.CompletedTask;
}
