using System.Reflection;
using System.Text.RegularExpressions;
using MassTransit;
using Platform.Contracts;
using Platform.Testing;

namespace Architecture.Tests;

/// <summary>Integration events keep their promises to consumers: stable versioned wire names, immutability, no personal data.</summary>
public partial class EventCatalogueTests
{
    private static readonly Assembly[] ContractAssemblies =
    [
        typeof(Plans.Contracts.PriorityAdopted).Assembly,
        typeof(CommunityTrigger.Contracts.CommunityTriggerApplicationReceived).Assembly,
        typeof(Reviews.Contracts.ReviewCommissioned).Assembly,
        typeof(Prevent.Contracts.PreventReferralReceived).Assembly,
        typeof(Consultation.Contracts.ConsultationOpened).Assembly,
        typeof(Funding.Contracts.GrantAwarded).Assembly,
    ];

    private static readonly string[] PersonalDataWords =
        ["Name", "FirstName", "Surname", "DateOfBirth", "Dob", "Address", "Postcode", "Email", "Phone", "Notes", "Narrative"];

    private static IEnumerable<Type> EventTypes => ContractAssemblies
        .SelectMany(a => a.GetExportedTypes())
        .Where(t => t.IsSubclassOf(typeof(IntegrationEvent)) && !t.IsAbstract);

    public static TheoryData<Type> Events() => new(EventTypes);

    [Fact]
    public void Every_contracts_project_is_inspected()
    {
        var inspected = ContractAssemblies.Select(a => a.GetName().Name).Order().ToList();
        var projects = ProjectGraph.ProjectsUnder("contracts")
            .Select(Path.GetFileNameWithoutExtension)
            .Where(name => name != "Platform.Contracts")
            .Order()
            .ToList();

        Assert.Equal(projects, inspected);
    }

    [Theory]
    [MemberData(nameof(Events))]
    public void An_event_has_a_versioned_wire_name_and_exchange_that_agree(Type type)
    {
        var urn = WireNameOf(type);
        var exchange = type.GetCustomAttribute<EntityNameAttribute>()?.EntityName;

        Assert.NotNull(urn);
        Assert.NotNull(exchange);
        var wire = WireName().Match(urn);
        Assert.True(wire.Success, $"{type.Name}: MessageUrn '{urn}' must look like csp:<service>:<event>:v<N>");
        Assert.Equal($"{wire.Groups["service"]}.{wire.Groups["event"]}.v{wire.Groups["version"]}", exchange);
    }

    [Fact]
    public void Wire_names_are_unique()
    {
        var urns = EventTypes.Select(type => WireNameOf(type)).ToList();

        Assert.Equal(urns.Count, urns.Distinct().Count());
    }

    [Theory]
    [MemberData(nameof(Events))]
    public void An_event_is_an_immutable_sealed_record(Type type)
    {
        Assert.True(type.IsSealed, $"{type.Name} must be sealed");
        var mutable = type.GetProperties()
            .Where(p => p.SetMethod is { } setter && !setter.ReturnParameter.GetRequiredCustomModifiers().Contains(typeof(System.Runtime.CompilerServices.IsExternalInit)))
            .Select(p => p.Name);
        Assert.Empty(mutable);
    }

    [Theory]
    [MemberData(nameof(Events))]
    public void An_event_carries_no_personal_data(Type type)
    {
        var suspicious = type.GetProperties()
            .Where(p => PersonalDataWords.Any(word => p.Name.EndsWith(word, StringComparison.Ordinal)))
            .Select(p => p.Name);

        Assert.Empty(suspicious);
    }

    [Theory]
    [MemberData(nameof(Events))]
    public void An_event_is_documented_in_the_catalogue(Type type)
    {
        var catalogue = File.ReadAllLines(Path.Combine(RepositoryRoot.FullPath, "docs", "events.md"));
        var urn = WireNameOf(type);
        var exchange = type.GetCustomAttribute<EntityNameAttribute>()!.EntityName;

        Assert.Contains(catalogue, line =>
            line.StartsWith($"| `{type.Name}` |", StringComparison.Ordinal) &&
            line.Contains($"`{urn}`", StringComparison.Ordinal) &&
            line.Contains($"`{exchange}`", StringComparison.Ordinal));
    }

    /// <summary>The attribute's own text; MassTransit puts <c>urn:message:</c> in front of it on the wire.</summary>
    private static string? WireNameOf(Type type) =>
        type.GetCustomAttribute<MessageUrnAttribute>()?.Urn.ToString().Replace("urn:message:", "", StringComparison.Ordinal);

    [GeneratedRegex("^csp:(?<service>[a-z]+(-[a-z]+)*):(?<event>[a-z]+(-[a-z]+)*):v(?<version>[0-9]+)$")]
    private static partial Regex WireName();
}
