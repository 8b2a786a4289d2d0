using System.Text.Json.Nodes;
using Platform.Testing;

namespace Architecture.Tests;

/// <summary>
/// docker-compose.yml and the Kubernetes manifests are both generated from deploy/local/services.conf and
/// deploy/service-secrets.conf (decision 0047); these tests fail when either file was edited by hand and no longer is
/// what the lists give, and when the two deployments disagree about which services run, which database each uses or
/// which settings each is given.
/// </summary>
public sealed class OneSourceOfTruthTests
{
    /// <summary>Compose's own processes, which Kubernetes gets from operators (CloudNativePG, RabbitMQ, OpenTelemetry).</summary>
    private static readonly string[] ComposeInfrastructure = ["postgres", "rabbitmq", "otel-collector", "jaeger"];

    /// <summary>
    /// Settings one deployment needs and the other has by other means, each for a reason: Kubernetes reads credentials
    /// from Secrets into helper variables its other values expand (<c>$(POSTGRES_PASSWORD)</c>) and names the port;
    /// compose's images default to port 8080 and compose says Production, which is what an unset environment means.
    /// </summary>
    private static readonly string[] KubernetesOnly =
        ["ASPNETCORE_URLS", "POSTGRES_USERNAME", "POSTGRES_PASSWORD", "RABBITMQ_USERNAME", "RABBITMQ_PASSWORD", "PLATFORM_PUBLIC_URL"];

    private static readonly string[] ComposeOnly = ["ASPNETCORE_ENVIRONMENT"];

    [Fact]
    public async Task Compose_file_is_what_services_conf_gives()
    {
        var fresh = Path.Combine(Directory.CreateTempSubdirectory("compose-generated-").FullName, "docker-compose.yml");
        try
        {
            var (exitCode, output) = await Processes.RunAsync("bash", ["deploy/docker/generate", fresh]);
            Assert.True(exitCode == 0, output);

            Assert.True(
                await File.ReadAllTextAsync(Path.Combine(RepositoryRoot.FullPath, "docker-compose.yml")) == await File.ReadAllTextAsync(fresh),
                "docker-compose.yml is out of date: run ./platform compose generate");
        }
        finally
        {
            Directory.Delete(Path.GetDirectoryName(fresh)!, recursive: true);
        }
    }

    [Fact]
    public async Task Compose_and_Kubernetes_run_the_services_of_services_conf_with_the_same_databases_and_settings()
    {
        var compose = await ComposeServicesAsync();
        var kubernetes = await KubernetesServicesAsync();

        Assert.Empty(Drift.Between(compose, kubernetes));
        Assert.Equal(LocalServices.Read().Select(s => s.Name).Order(), compose.Keys.Order());
        foreach (var service in LocalServices.Read().Where(s => s.Database != "-"))
        {
            Assert.Contains($"Database={service.Database};", compose[service.Name]["ConnectionStrings__postgres"], StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task A_setting_planted_in_one_deployment_only_or_a_service_missing_from_one_is_named()
    {
        var compose = await ComposeServicesAsync();
        var kubernetes = await KubernetesServicesAsync();
        compose["prevent"].Remove("Prevent__PersonMatch__Key");
        compose["plans"]["Plans__Planted"] = "true";
        compose["reviews"]["ConnectionStrings__postgres"] = compose["reviews"]["ConnectionStrings__postgres"].Replace("Database=reviews", "Database=plans", StringComparison.Ordinal);
        compose.Remove("funding");

        var drift = Drift.Between(compose, kubernetes);

        Assert.Contains("prevent: Prevent__PersonMatch__Key only in Kubernetes", drift);
        Assert.Contains("plans: Plans__Planted only in docker-compose.yml", drift);
        Assert.Contains("reviews: database plans in docker-compose.yml, reviews in Kubernetes", drift);
        Assert.Contains("funding: only in Kubernetes", drift);
    }

    private static class Drift
    {
        public static List<string> Between(Dictionary<string, Dictionary<string, string>> compose, Dictionary<string, Dictionary<string, string>> kubernetes)
        {
            var drift = new List<string>();
            drift.AddRange(compose.Keys.Except(kubernetes.Keys).Select(name => $"{name}: only in docker-compose.yml"));
            drift.AddRange(kubernetes.Keys.Except(compose.Keys).Select(name => $"{name}: only in Kubernetes"));
            foreach (var name in compose.Keys.Intersect(kubernetes.Keys).Order(StringComparer.Ordinal))
            {
                var composeKeys = compose[name].Keys.Except(ComposeOnly).ToHashSet();
                var kubernetesKeys = kubernetes[name].Keys.Except(KubernetesOnly).ToHashSet();
                drift.AddRange(composeKeys.Except(kubernetesKeys).Select(key => $"{name}: {key} only in docker-compose.yml"));
                drift.AddRange(kubernetesKeys.Except(composeKeys).Select(key => $"{name}: {key} only in Kubernetes"));
                var (composeDatabase, kubernetesDatabase) = (Database(compose[name]), Database(kubernetes[name]));
                if (composeDatabase != kubernetesDatabase)
                {
                    drift.Add($"{name}: database {composeDatabase ?? "none"} in docker-compose.yml, {kubernetesDatabase ?? "none"} in Kubernetes");
                }

                // Plain settings (services.conf's, feature switches) must also agree in value; addresses, credentials
                // and references to Secrets or ConfigMaps legitimately differ.
                foreach (var key in composeKeys.Intersect(kubernetesKeys).Where(key => IsPlainValue(compose[name][key]) && IsPlainValue(kubernetes[name][key])))
                {
                    if (compose[name][key] != kubernetes[name][key])
                    {
                        drift.Add($"{name}: {key} is '{compose[name][key]}' in docker-compose.yml, '{kubernetes[name][key]}' in Kubernetes");
                    }
                }
            }

            return drift;
        }

        private static string? Database(Dictionary<string, string> environment) =>
            environment.TryGetValue("ConnectionStrings__postgres", out var connection)
                ? connection.Split(';').Select(part => part.Split('=', 2)).Single(pair => pair[0] == "Database")[1]
                : null;

        private static bool IsPlainValue(string value) =>
            !value.Contains("://", StringComparison.Ordinal) && !value.Contains('$', StringComparison.Ordinal)
            && !value.StartsWith("given-", StringComparison.Ordinal) && !value.Contains(';', StringComparison.Ordinal);
    }

    /// <summary>docker-compose.yml as <c>docker-compose config</c> resolves it (anchors merged, every secret given): each service's environment.</summary>
    private static async Task<Dictionary<string, Dictionary<string, string>>> ComposeServicesAsync()
    {
        await ManifestValidator.EnsureInstalledAsync();
        var (exitCode, output) = await Processes.RunAsync("bash",
            ["-c", $"set -o pipefail; docker-compose -f docker-compose.yml config | node {Path.Combine(ManifestValidator.Tool, "yaml-to-json.mjs")}"],
            environment: DeploymentFilesTests.EverySecretGiven());
        Assert.True(exitCode == 0, output);
        return JsonNode.Parse(output)!["services"]!.AsObject()
            .Where(service => !ComposeInfrastructure.Contains(service.Key))
            .ToDictionary(
                service => service.Key,
                service => service.Value!["environment"]!.AsObject().ToDictionary(e => e.Key, e => e.Value!.ToString()));
    }

    /// <summary>The production overlay's Deployments: each one's environment (a value, or where it comes from).</summary>
    private static async Task<Dictionary<string, Dictionary<string, string>>> KubernetesServicesAsync()
    {
        var rendered = await RenderedManifests.OfAsync("production");
        return rendered.OfKind("Deployment").ToDictionary(
            deployment => deployment["metadata"]!["name"]!.GetValue<string>(),
            deployment => deployment["spec"]!["template"]!["spec"]!["containers"]![0]!["env"]!.AsArray().ToDictionary(
                e => e!["name"]!.GetValue<string>(),
                e => e!["value"]?.GetValue<string>() ?? "$" + e!["valueFrom"]!.ToJsonString()));
    }
}
