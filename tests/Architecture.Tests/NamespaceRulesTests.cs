using System.Reflection;

namespace Architecture.Tests;

public sealed class NamespaceRulesTests
{
    public static TheoryData<string> Services => ["Plans.Api", "CommunityTrigger.Api", "Reviews.Api", "Prevent.Api"];

    private static readonly Assembly Planted = Assembly.Load("Architecture.Violations");

    [Theory]
    [MemberData(nameof(Services))]
    public void A_use_case_slice_does_not_use_another_slice(string service)
    {
        var assembly = Assembly.Load(service);
        var slices = NamespaceRules.SlicesOf(assembly, service);
        Assert.NotEmpty(slices);
        var violations = NamespaceRules.SiblingViolations(assembly, slices).Where(violation => !KnownUntilReshaped(service, violation)).ToList();
        Assert.Empty(violations);
    }

    [Theory]
    [MemberData(nameof(Services))]
    public void Data_does_not_use_a_use_case_slice(string service)
    {
        var assembly = Assembly.Load(service);
        var violations = NamespaceRules.DataViolations(assembly, service).Where(violation => !KnownUntilReshaped(service, violation)).ToList();
        Assert.Empty(violations);
    }

    [Theory]
    [MemberData(nameof(Services))]
    public void Domain_uses_neither_HTTP_nor_EF(string service) =>
        Assert.Empty(NamespaceRules.DomainViolations(Assembly.Load(service), service));

    [Fact]
    public void The_gateway_and_the_dev_token_tool_hold_no_database_and_no_bus()
    {
        Assert.Empty(NamespaceRules.StatelessViolations(typeof(Platform.Gateway.GatewayApi).Assembly, "Platform.Gateway"));
        var devToken = Assembly.Load("DevToken");
        Assert.Empty(NamespaceRules.StatelessViolations(devToken, devToken.GetName().Name!));
    }

    [Fact]
    public void A_benchmark_does_not_use_another_benchmark()
    {
        var benchmarks = Assembly.Load("Benchmarks");
        var folders = NamespaceRules.FoldersOf(benchmarks, "Benchmarks");
        Assert.True(folders.Count >= 3, string.Join(", ", folders));
        Assert.Empty(NamespaceRules.SiblingViolations(benchmarks, folders));
    }

    [Fact]
    public void The_slice_rule_catches_a_slice_using_its_sibling_and_allows_the_resource_folder()
    {
        var slices = NamespaceRules.SlicesOf(Planted, "Planted.Api");
        Assert.Equal(["Planted.Api.Things.AdoptThing", "Planted.Api.Things.GetThing", "Planted.Api.Things.ProposeThing"], slices);
        Assert.Equal(
            ["Planted.Api.Things.AdoptThing.AdoptThingEndpoint uses a sibling of Planted.Api.Things.AdoptThing"],
            NamespaceRules.SiblingViolations(Planted, slices));
    }

    [Fact]
    public void The_data_rule_catches_data_using_a_slice_and_allows_data_mapping_the_domain() =>
        Assert.Equal(
            ["Planted.Api.Data.ThingImport (Data) uses a use-case slice"],
            NamespaceRules.DataViolations(Planted, "Planted.Api"));

    [Fact]
    public void The_domain_rule_catches_HTTP_and_EF_in_the_domain_and_allows_rule_violations() =>
        Assert.Equal(
            ["Planted.Api.Domain.ThingQuery (Domain) uses HTTP or EF", "Planted.Api.Domain.ThingStatus (Domain) uses HTTP or EF"],
            NamespaceRules.DomainViolations(Planted, "Planted.Api").Order(StringComparer.Ordinal));

    [Fact]
    public void The_gateway_rule_catches_a_database_in_the_gateway() =>
        Assert.Equal(
            ["Planted.Gateway.Routing.RouteStore uses a database or the bus"],
            NamespaceRules.StatelessViolations(Planted, "Planted.Gateway"));

    [Fact]
    public void The_benchmark_rule_catches_one_benchmark_using_another()
    {
        var folders = NamespaceRules.FoldersOf(Planted, "Planted.Benchmarks");
        Assert.Equal(["Planted.Benchmarks.Outbox", "Planted.Benchmarks.Plans"], folders);
        Assert.Equal(
            ["Planted.Benchmarks.Plans.PlansBenchmark uses a sibling of Planted.Benchmarks.Plans"],
            NamespaceRules.SiblingViolations(Planted, folders));
    }

    /// <summary>
    /// TODO(fv2-shape): Prevent's intake and two of its slices still lean on siblings (AmqpIntake on SubmitReferral,
    /// DismissRejectedReferral on ListRejectedReferrals, GetPanelMeeting on RecordPanelMeeting). Branch fv2-shape reshapes
    /// Prevent (issue 12 section 3); delete this exemption when it lands. Anything else in Prevent still fails.
    /// </summary>
    private static bool KnownUntilReshaped(string service, string violation) =>
        service == "Prevent.Api"
        && KnownInPrevent.Any(slice => violation.StartsWith(slice + ".", StringComparison.Ordinal));

    private static readonly string[] KnownInPrevent =
    [
        "Prevent.Api.Referrals.AmqpIntake",
        "Prevent.Api.Referrals.DismissRejectedReferral",
        "Prevent.Api.Referrals.GetPanelMeeting",
    ];
}
