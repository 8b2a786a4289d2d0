namespace Architecture.Tests;

/// <summary>
/// What keeps the services a set of services: a service's projects reference their own service's projects,
/// ServiceDefaults and contracts (test projects also the shared test infrastructure); contracts reference contracts.
/// </summary>
internal static class DependencyRules
{
    private const string Services = "services/";
    private const string Contracts = "contracts/";
    private const string ServiceDefaults = "services/ServiceDefaults/";
    private const string TestInfrastructure = "tests/Platform.Testing/";

    public static IReadOnlyList<string> Violations(IEnumerable<ProjectReference> references) =>
    [
        .. references
            .Where(reference => !IsAllowed(reference))
            .Select(reference => $"{reference.Project} must not reference {reference.Referenced}"),
    ];

    private static bool IsAllowed(ProjectReference reference)
    {
        var (project, referenced) = (reference.Project, reference.Referenced);
        if (project.StartsWith(Contracts, StringComparison.Ordinal))
        {
            return referenced.StartsWith(Contracts, StringComparison.Ordinal);
        }

        if (!project.StartsWith(Services, StringComparison.Ordinal))
        {
            return true;
        }

        var ownService = Services + project[Services.Length..].Split('/')[0] + "/";
        return referenced.StartsWith(ownService, StringComparison.Ordinal)
            || referenced.StartsWith(ServiceDefaults, StringComparison.Ordinal)
            || referenced.StartsWith(Contracts, StringComparison.Ordinal)
            || (IsTestProject(project) && referenced.StartsWith(TestInfrastructure, StringComparison.Ordinal));
    }

    private static bool IsTestProject(string project) =>
        Path.GetFileNameWithoutExtension(project).EndsWith(".Tests", StringComparison.Ordinal);
}
