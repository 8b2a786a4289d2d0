using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using Microsoft.Extensions.DependencyInjection;
using Platform.ServiceDefaults.Messaging;

namespace ServiceDefaults.Tests.Messaging;

/// <summary>The instruments of one meter (by default "Platform.Outbox") of one host, as a metrics exporter would read them.</summary>
public sealed class MeterReader : IDisposable
{
    private readonly MeterListener listener = new();
    private readonly ConcurrentDictionary<string, double> gauges = new();
    private readonly ConcurrentDictionary<string, double> counters = new();

    public MeterReader(IServiceProvider services, string meterName = OutboxDiagnostics.MeterName)
    {
        var scope = services.GetRequiredService<IMeterFactory>();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter.Name == meterName && ReferenceEquals(instrument.Meter.Scope, scope))
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<long>((instrument, value, _, _) => Record(instrument, value));
        listener.SetMeasurementEventCallback<double>((instrument, value, _, _) => Record(instrument, value));
        listener.Start();
    }

    public double? Gauge(string name)
    {
        listener.RecordObservableInstruments();
        return gauges.TryGetValue(name, out var value) ? value : null;
    }

    public double Counter(string name) => counters.GetValueOrDefault(name);

    public void Dispose() => listener.Dispose();

    private void Record(Instrument instrument, double value)
    {
        if (instrument.IsObservable)
        {
            gauges[instrument.Name] = value;
        }
        else
        {
            counters.AddOrUpdate(instrument.Name, value, (_, sum) => sum + value);
        }
    }
}
