namespace Architecture.Tests;

public sealed class DependencyRulesTests
{
    [Fact]
    public void Services_reference_only_their_own_projects_ServiceDefaults_and_contracts()
    {
        Assert.NotEmpty(ProjectGraph.ProjectsUnder("services"));
        Assert.Empty(DependencyRules.Violations(ProjectGraph.Under("services")));
    }

    [Fact]
    public void Contracts_reference_only_contracts()
    {
        Assert.NotEmpty(ProjectGraph.ProjectsUnder("contracts"));
        Assert.Empty(DependencyRules.Violations(ProjectGraph.Under("contracts")));
    }

    [Fact]
    public void The_rules_catch_a_service_reaching_into_another_and_a_contract_reaching_into_a_service()
    {
        var violations = DependencyRules.Violations(
        [
            new("services/Plans/Plans.Api/Plans.Api.csproj", "services/ServiceDefaults/ServiceDefaults.csproj"),
            new("services/Plans/Plans.Tests/Plans.Tests.csproj", "services/Plans/Plans.Api/Plans.Api.csproj"),
            new("services/Plans/Plans.Tests/Plans.Tests.csproj", "tests/Platform.Testing/Platform.Testing.csproj"),
            new("services/Funding/Funding.Api/Funding.Api.csproj", "contracts/Plans.Contracts/Plans.Contracts.csproj"),
            new("services/Funding/Funding.Api/Funding.Api.csproj", "services/Plans/Plans.Api/Plans.Api.csproj"),
            new("services/Funding/Funding.Api/Funding.Api.csproj", "tests/Platform.Testing/Platform.Testing.csproj"),
            new("contracts/Plans.Contracts/Plans.Contracts.csproj", "services/ServiceDefaults/ServiceDefaults.csproj"),
        ]);

        Assert.Equal(
        [
            "services/Funding/Funding.Api/Funding.Api.csproj must not reference services/Plans/Plans.Api/Plans.Api.csproj",
            "services/Funding/Funding.Api/Funding.Api.csproj must not reference tests/Platform.Testing/Platform.Testing.csproj",
            "contracts/Plans.Contracts/Plans.Contracts.csproj must not reference services/ServiceDefaults/ServiceDefaults.csproj",
        ], violations);
    }
}
