using System.Text.RegularExpressions;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using Platform.Contracts;
using Platform.ServiceDefaults.Changes;
using Platform.ServiceDefaults.Health;
using Platform.ServiceDefaults.Hosting;

namespace Platform.ServiceDefaults.Messaging;

public static partial class MessagingHostExtensions
{
    /// <summary>
    /// MassTransit on RabbitMQ (<c>ConnectionStrings:rabbitmq</c>) with publisher confirms, durable quorum queues named
    /// after this service, consumer retry then the <c>_error</c> queue (a transient fault, such as the database restarting, held and retried for minutes instead), a delivery limit for messages whose handler never returns (decision 0038), and topology declared at start-up; plus the
    /// outbox relay for <typeparamref name="TDbContext"/>, the interceptors that move aggregates' announced events into
    /// the outbox and signal the relay on commit, the readiness checks (bus,
    /// outbox lag) and the outbox metrics. The DbContext must map the tables (<c>modelBuilder.AddOutboxAndInbox()</c>)
    /// and be built with every <see cref="IInterceptor"/> registered in DI.
    /// </summary>
    public static IHostApplicationBuilder AddPlatformMessaging<TDbContext>(
        this IHostApplicationBuilder builder,
        Action<IBusRegistrationConfigurator>? configureBus = null,
        Action<MessagingOptions>? configure = null)
        where TDbContext : DbContext
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        var optionsBuilder = services.AddOptions<MessagingOptions>().BindConfiguration(MessagingOptions.SectionName);
        if (configure is not null)
        {
            optionsBuilder.Configure(configure);
        }

        var settings = new MessagingOptions();
        builder.Configuration.GetSection(MessagingOptions.SectionName).Bind(settings);
        configure?.Invoke(settings);
        var serviceName = settings.ServiceName
            ?? services.Where(s => !s.IsKeyedService).Select(s => s.ImplementationInstance).OfType<ServiceIdentity>().FirstOrDefault()?.Name
            ?? ToKebabCase(builder.Configuration["OTEL_SERVICE_NAME"] ?? StripApiSuffix(builder.Environment.ApplicationName));
        var broker = builder.Configuration.GetConnectionString("rabbitmq")
            ?? throw new InvalidOperationException("ConnectionStrings:rabbitmq (an amqp URI including the vhost) is required.");

        services.AddMetrics();
        services.TryAddSingleton<OutboxSignal>();
        services.TryAddSingleton<OutboxDiagnostics>();
        services.TryAddSingleton<BusReadyGate>();
        services.TryAddSingleton<BrokerRefusals>();
        services.TryAddSingleton<ParkedMessages>();
        services.TryAddSingleton<OutboxStore, OutboxStore<TDbContext>>();
        services.TryAddSingleton<OutboxPublisher>();
        services.AddSingleton<IInterceptor, AnnouncedEventsInterceptor>();
        services.AddSingleton<IInterceptor, OutboxCommitInterceptor>();
        services.AddHostedService<OutboxRelay>();
        services.AddHealthChecks()
            .AddCheck<OutboxHealthCheck>("outbox", HealthStatus.Degraded, [HealthSetup.ReadyTag]);

        services.AddBusObserver(provider => provider.GetRequiredService<BusReadyGate>());
        services.AddPublishObserver(provider => provider.GetRequiredService<BrokerRefusals>());
        services.AddConsumeObserver<ConsumerFaultsParked>();
        services.AddMassTransit(bus =>
        {
            // MassTransit 8.5 reports usage to its vendor at start-up; a platform holding safeguarding data calls out to no one.
            bus.DisableUsageTelemetry();
            bus.SetEndpointNameFormatter(new KebabCaseEndpointNameFormatter(serviceName + "-", includeNamespace: false));
            bus.AddConfigureEndpointsCallback((context, _, endpoint) =>
            {
                // First in the pipe, so a message over the limit is parked without a retry or a run of the consumer.
                endpoint.UseFilter(new DeliveryLimitFilter(settings.ConsumerDeliveryLimit, context.GetRequiredService<ParkedMessages>()));
                // Two retry policies over disjoint faults (decision 0048). A transient one (the database restarting) is
                // the infrastructure's, not the message's: the message is held and tried again for the window.
                endpoint.UseMessageRetry(retry =>
                {
                    retry.Handle<Exception>(TransientFaults.IsTransient);
                    retry.Intervals(TransientFaults.Intervals(
                        settings.TransientFaultMinInterval, settings.TransientFaultMaxInterval, settings.TransientFaultWindow));
                });
                // Any other fault gets a few quick retries, then the _error queue.
                endpoint.UseMessageRetry(retry =>
                {
                    retry.Ignore<Exception>(TransientFaults.IsTransient);
                    retry.Exponential(
                        settings.ConsumerRetryLimit,
                        settings.ConsumerRetryMinInterval,
                        settings.ConsumerRetryMaxInterval,
                        settings.ConsumerRetryMinInterval);
                });
                if (endpoint is IRabbitMqReceiveEndpointConfigurator rabbit)
                {
                    rabbit.SetQuorumQueue();
                }
            });
            bus.ConfigureHealthCheckOptions(health =>
            {
                health.Name = "bus";
                health.Tags.Add(HealthSetup.ReadyTag);
            });
            configureBus?.Invoke(bus);
            bus.UsingRabbitMq((context, rabbit) =>
            {
                ConfigureHost(rabbit, new Uri(broker), serviceName);
                rabbit.ConcurrentMessageLimit = settings.ConsumerConcurrency;
                rabbit.PrefetchCount = settings.ConsumerConcurrency * 2;
                // Only the events' own [EntityName] exchanges: no exchange named after the CLR base type.
                rabbit.Publish<IntegrationEvent>(publish => publish.Exclude = true);
                rabbit.ConfigureEndpoints(context);
            });
        });
        return builder;
    }

    private static void ConfigureHost(IRabbitMqBusFactoryConfigurator rabbit, Uri broker, string connectionName)
    {
        var secure = broker.Scheme == "amqps";
        var port = broker.IsDefaultPort || broker.Port < 0 ? (secure ? 5671 : 5672) : broker.Port;
        var virtualHost = Uri.UnescapeDataString(broker.AbsolutePath.TrimStart('/'));
        var credentials = broker.UserInfo.Split(':', 2);
        rabbit.Host(broker.Host, (ushort)port, virtualHost.Length == 0 ? "/" : virtualHost, connectionName, host =>
        {
            if (credentials[0].Length > 0)
            {
                host.Username(Uri.UnescapeDataString(credentials[0]));
                host.Password(credentials.Length > 1 ? Uri.UnescapeDataString(credentials[1]) : string.Empty);
            }

            host.PublisherConfirmation = true;
            if (secure)
            {
                host.UseSsl(_ => { });
            }
        });
    }

    private static string StripApiSuffix(string applicationName) =>
        applicationName.EndsWith(".Api", StringComparison.Ordinal) ? applicationName[..^4] : applicationName;

    private static string ToKebabCase(string name) =>
        WordBoundary().Replace(name, "$1-$2").Replace('.', '-').Replace('_', '-').ToLowerInvariant();

    [GeneratedRegex("([a-z0-9])([A-Z])")]
    private static partial Regex WordBoundary();
}
