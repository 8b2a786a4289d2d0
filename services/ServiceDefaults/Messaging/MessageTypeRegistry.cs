using System.Collections.Concurrent;
using System.Reflection;
using MassTransit;
using Platform.Contracts;

namespace Platform.ServiceDefaults.Messaging;

/// <summary>
/// Wire type (MessageUrn) to CLR type, so the relay can turn a stored payload back into the event it publishes.
/// Types are process-wide, so the registry is too: it learns every event written through the outbox, and scans the
/// contracts assemblies the application references (they may not be loaded yet after a restart with a full outbox).
/// </summary>
public static class MessageTypeRegistry
{
    private static readonly ConcurrentDictionary<string, Type> TypesByUrn = new(StringComparer.Ordinal);
    private static readonly ConcurrentDictionary<Type, string> UrnsByType = new();
    private static readonly string[] NonContractAssemblyPrefixes =
        ["System", "Microsoft", "MassTransit", "Npgsql", "RabbitMQ", "OpenTelemetry", "Polly", "Yarp", "xunit", "netstandard", "mscorlib"];

    /// <summary>
    /// The wire type of an integration event type as its contract spells it (<c>csp:plans:priority-adopted:v1</c>, the
    /// catalogue's name, without MassTransit's <c>urn:message:</c> prefix). The type must carry a <see cref="MessageUrnAttribute"/>.
    /// </summary>
    public static string Register(Type eventType)
    {
        ArgumentNullException.ThrowIfNull(eventType);
        return UrnsByType.GetOrAdd(eventType, WireTypeOf);
    }

    private static string WireTypeOf(Type eventType)
    {
        if (!typeof(IntegrationEvent).IsAssignableFrom(eventType) || eventType.GetCustomAttribute<MessageUrnAttribute>() is not { } attribute)
        {
            throw new InvalidOperationException(
                $"{eventType.FullName} cannot go through the outbox: integration events derive from IntegrationEvent and carry [MessageUrn].");
        }

        var urn = attribute.Urn.ToString();
        var wireType = urn.StartsWith(MessageUrn.Prefix, StringComparison.Ordinal) ? urn[MessageUrn.Prefix.Length..] : urn;
        TypesByUrn.TryAdd(wireType, eventType);
        return wireType;
    }

    public static Type? Resolve(string messageType)
    {
        if (TypesByUrn.TryGetValue(messageType, out var type))
        {
            return type;
        }

        ScanApplicationAssemblies();
        return TypesByUrn.GetValueOrDefault(messageType);
    }

    /// <summary>Registers every integration event in the loaded assemblies and those the entry assembly references.</summary>
    public static void ScanApplicationAssemblies()
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Queue<Assembly>(AppDomain.CurrentDomain.GetAssemblies().Where(IsCandidate));
        if (Assembly.GetEntryAssembly() is { } entry)
        {
            pending.Enqueue(entry);
        }

        while (pending.TryDequeue(out var assembly))
        {
            if (assembly.IsDynamic || !seen.Add(assembly.FullName ?? assembly.ToString()))
            {
                continue;
            }

            foreach (var type in EventTypesIn(assembly))
            {
                Register(type);
            }

            foreach (var reference in assembly.GetReferencedAssemblies().Where(IsCandidate))
            {
                if (TryLoad(reference) is { } referenced)
                {
                    pending.Enqueue(referenced);
                }
            }
        }
    }

    private static IEnumerable<Type> EventTypesIn(Assembly assembly)
    {
        Type?[] types;
        try
        {
            types = assembly.GetTypes();
        }
        catch (ReflectionTypeLoadException partial)
        {
            types = partial.Types;
        }

        return types.OfType<Type>().Where(t => !t.IsAbstract && !t.IsGenericTypeDefinition
            && typeof(IntegrationEvent).IsAssignableFrom(t) && t.GetCustomAttribute<MessageUrnAttribute>() is not null);
    }

    private static bool IsCandidate(Assembly assembly) => IsCandidate(assembly.GetName());

    private static bool IsCandidate(AssemblyName name) =>
        name.Name is { } simple && !NonContractAssemblyPrefixes.Any(p => simple.StartsWith(p, StringComparison.Ordinal));

    private static Assembly? TryLoad(AssemblyName name)
    {
        try
        {
            return Assembly.Load(name);
        }
        catch (Exception e) when (e is FileNotFoundException or FileLoadException or BadImageFormatException)
        {
            return null;
        }
    }
}
