using System.Collections.Concurrent;
using System.Diagnostics;
using Microsoft.Extensions.Logging;

namespace Reviews.Tests.Infrastructure;

/// <summary>Everything the service writes to logs and every span tag, as text, so tests can look for personal data in it.</summary>
public sealed class TelemetryRecorder : ILoggerProvider
{
    private readonly ConcurrentQueue<string> written = new();
    private readonly ActivityListener listener;

    public TelemetryRecorder()
    {
        listener = new ActivityListener
        {
            ShouldListenTo = _ => true,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = activity => written.Enqueue(
                $"{activity.DisplayName} {string.Join(' ', activity.TagObjects.Select(t => $"{t.Key}={t.Value}"))} {string.Join(' ', activity.Events.Select(e => e.Name))}"),
        };
        ActivitySource.AddActivityListener(listener);
    }

    public string Text => string.Join('\n', written);

    public ILogger CreateLogger(string categoryName) => new Recorder(written);

    public void Dispose() => listener.Dispose();

    private sealed class Recorder(ConcurrentQueue<string> written) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull
        {
            written.Enqueue($"scope {state}");
            return null;
        }

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            written.Enqueue($"{formatter(state, exception)} {state} {exception}");
    }
}
