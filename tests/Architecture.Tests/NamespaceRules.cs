using System.Reflection;
using System.Text.RegularExpressions;
using NetArchTest.Rules;

namespace Architecture.Tests;

/// <summary>
/// What keeps a service's code in its folders, checked on the compiled types (NetArchTest). A service assembly's root
/// namespace (<c>Plans.Api</c>) holds resource folders (<c>Plans.Api.Priorities</c>) with one folder per use case
/// (a slice: <c>Plans.Api.Priorities.AdoptPriority</c>), plus <c>Data</c> and <c>Domain</c>:
/// <list type="bullet">
/// <item>a slice does not use another slice (types two slices share live in their resource folder, or in Domain);</item>
/// <item>Data does not use a slice (it maps the domain; slices use Data, not the other way round);</item>
/// <item>Domain uses neither HTTP (<c>Microsoft.AspNetCore</c>) nor EF/Npgsql: rules stay testable without a host or a database.</item>
/// </list>
/// The gateway and the tools follow the same idea: the gateway holds no database and no bus; each benchmark is its own folder.
/// </summary>
internal static class NamespaceRules
{
    private static readonly string[] NotResources = ["Data", "Domain"];
    private static readonly string[] HttpAndPersistence = ["Microsoft.AspNetCore", "Microsoft.EntityFrameworkCore", "Npgsql"];

    private static readonly string[] DatabaseAndBus =
    [
        "Microsoft.EntityFrameworkCore", "Npgsql", "MassTransit", "RabbitMQ",
        "Platform.ServiceDefaults.Data", "Platform.ServiceDefaults.Messaging", "Platform.ServiceDefaults.Changes",
    ];

    /// <summary>Use-case folders of a service: <c>{root}.{Resource}.{UseCase}</c>, resources being anything but Data and Domain.</summary>
    public static IReadOnlyList<string> SlicesOf(Assembly assembly, string root) =>
    [
        .. NamespacesOf(assembly)
            .Select(ns => ns.Split('.'))
            .Where(parts => parts.Length >= RootDepth(root) + 2 && string.Join('.', parts[..RootDepth(root)]) == root)
            .Where(parts => !NotResources.Contains(parts[RootDepth(root)]))
            .Select(parts => string.Join('.', parts[..(RootDepth(root) + 2)]))
            .Distinct()
            .Order(StringComparer.Ordinal),
    ];

    /// <summary>Folders directly under <paramref name="root"/> that must not use one another (e.g. one per benchmark).</summary>
    public static IReadOnlyList<string> FoldersOf(Assembly assembly, string root) =>
    [
        .. NamespacesOf(assembly)
            .Where(ns => ns.StartsWith(root + ".", StringComparison.Ordinal))
            .Select(ns => root + "." + ns[(root.Length + 1)..].Split('.')[0])
            .Distinct()
            .Order(StringComparer.Ordinal),
    ];

    /// <summary>Types in one of <paramref name="folders"/> that use a type in another of them, as "Type uses Folder".</summary>
    public static IReadOnlyList<string> SiblingViolations(Assembly assembly, IReadOnlyList<string> folders) =>
    [
        .. folders.SelectMany(folder => FailingTypes(
                Types.InAssembly(assembly).That().ResideInNamespaceMatching(Within(folder)).ShouldNot()
                    .HaveDependencyOnAny([.. folders.Where(other => other != folder).Select(other => other)]))
            .Select(type => $"{type} uses a sibling of {folder}"))
            .Order(StringComparer.Ordinal),
    ];

    public static IReadOnlyList<string> DataViolations(Assembly assembly, string root)
    {
        var slices = SlicesOf(assembly, root);
        return slices.Count == 0
            ? []
            :
            [
                .. FailingTypes(Types.InAssembly(assembly).That().ResideInNamespaceMatching(Within(root + ".Data")).ShouldNot()
                        .HaveDependencyOnAny([.. slices]))
                    .Select(type => $"{type} (Data) uses a use-case slice"),
            ];
    }

    public static IReadOnlyList<string> DomainViolations(Assembly assembly, string root) =>
    [
        .. FailingTypes(Types.InAssembly(assembly).That().ResideInNamespaceMatching(Within(root + ".Domain")).ShouldNot()
                .HaveDependencyOnAny(HttpAndPersistence))
            .Select(type => $"{type} (Domain) uses HTTP or EF"),
    ];

    /// <summary>Types under <paramref name="root"/> that use a database or the bus.</summary>
    public static IReadOnlyList<string> StatelessViolations(Assembly assembly, string root) =>
    [
        .. FailingTypes(Types.InAssembly(assembly).That().ResideInNamespaceMatching(Within(root)).ShouldNot()
                .HaveDependencyOnAny(DatabaseAndBus))
            .Select(type => $"{type} uses a database or the bus"),
    ];

    private static IEnumerable<string> FailingTypes(ConditionList condition) =>
        (condition.GetResult().FailingTypeNames ?? []).Select(name => name.Split('/')[0]).Distinct();

    private static IEnumerable<string> NamespacesOf(Assembly assembly) =>
        assembly.GetTypes().Select(type => type.Namespace).OfType<string>().Distinct();

    private static int RootDepth(string root) => root.Split('.').Length;

    private static string Within(string ns) => $"^{Regex.Escape(ns)}(\\.|$)";
}
