using System.Text.Json.Nodes;
using Platform.Testing;

namespace Architecture.Tests;

/// <summary>
/// deploy/k8s renders, validates against the Kubernetes and operator schemas (tools/KubernetesValidation), and holds
/// the rules a platform team reviews before go-live: locked-down pods, probes the services answer, a network policy,
/// disruption budget and one autoscaler per workload, a database role and broker user per service.
/// </summary>
public sealed class KubernetesManifestsTests
{
    private static readonly string[] Overlays = ["dev", "production"];

    [Fact]
    public async Task Generated_manifests_are_what_services_conf_gives()
    {
        var committed = Path.Combine(RepositoryRoot.FullPath, "deploy/k8s/base/generated");
        var fresh = Directory.CreateTempSubdirectory("k8s-generated-").FullName;
        try
        {
            var (exitCode, output) = await Processes.RunAsync("bash", ["deploy/k8s/generate", fresh]);
            Assert.True(exitCode == 0, output);

            Assert.Equal(FileNames(committed), FileNames(fresh));
            foreach (var name in FileNames(fresh))
            {
                Assert.True(
                    await File.ReadAllTextAsync(Path.Combine(committed, name)) == await File.ReadAllTextAsync(Path.Combine(fresh, name)),
                    $"deploy/k8s/base/generated/{name} is out of date: run ./platform k8s generate");
            }
        }
        finally
        {
            Directory.Delete(fresh, recursive: true);
        }
    }

    [Theory]
    [InlineData("dev")]
    [InlineData("production")]
    public async Task Overlay_renders_and_every_manifest_matches_its_schema(string overlay)
    {
        var rendered = await RenderedManifests.OfAsync(overlay);

        Assert.True(rendered.Errors.Count == 0, string.Join('\n', rendered.Errors));
        Assert.NotEmpty(rendered.OfKind("Deployment"));
    }

    [Fact]
    public async Task A_misspelt_field_fails_validation()
    {
        var (exitCode, output) = await ManifestValidator.ValidateAsync("tests/Architecture.Tests/KubernetesFixtures/misspelt");

        Assert.NotEqual(0, exitCode);
        Assert.Contains("readOnlyRootFileSystem: not a field of V1SecurityContext", output, StringComparison.Ordinal);
        Assert.Contains("must NOT have additional properties (instancez)", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("dev")]
    [InlineData("production")]
    public async Task Every_workload_runs_locked_down_with_the_probes_the_services_serve(string overlay)
    {
        var rendered = await RenderedManifests.OfAsync(overlay);

        foreach (var deployment in rendered.OfKind("Deployment"))
        {
            var name = deployment["metadata"]!["name"]!.GetValue<string>();
            var pod = deployment["spec"]!["template"]!["spec"]!;
            Assert.True(pod["automountServiceAccountToken"]?.GetValue<bool>() == false, $"{name}: service account token mounted");
            Assert.True(pod["securityContext"]!["runAsNonRoot"]!.GetValue<bool>(), $"{name}: may run as root");
            Assert.Equal("RuntimeDefault", pod["securityContext"]!["seccompProfile"]!["type"]!.GetValue<string>());
            foreach (var container in pod["containers"]!.AsArray())
            {
                var security = container!["securityContext"]!;
                Assert.True(security["allowPrivilegeEscalation"]!.GetValue<bool>() == false, $"{name}: privilege escalation");
                Assert.True(security["readOnlyRootFilesystem"]!.GetValue<bool>(), $"{name}: writable root filesystem");
                Assert.Equal(["ALL"], security["capabilities"]!["drop"]!.AsArray().Select(c => c!.GetValue<string>()));
                Assert.Equal(HealthPaths.Live, container["livenessProbe"]!["httpGet"]!["path"]!.GetValue<string>());
                Assert.Equal(HealthPaths.Live, container["startupProbe"]!["httpGet"]!["path"]!.GetValue<string>());
                Assert.Equal(HealthPaths.Ready, container["readinessProbe"]!["httpGet"]!["path"]!.GetValue<string>());
                Assert.NotNull(container["resources"]!["requests"]!["memory"]);
                Assert.NotNull(container["resources"]!["limits"]!["memory"]);
                if (overlay == "production")
                {
                    Assert.Matches("@sha256:[0-9a-f]{64}$", container["image"]!.GetValue<string>());
                }
            }
        }
    }

    [Fact]
    public void The_probed_paths_are_the_ones_every_service_and_the_gateway_map()
    {
        var healthSetup = File.ReadAllText(Path.Combine(RepositoryRoot.FullPath, "services/ServiceDefaults/Health/HealthSetup.cs"));

        Assert.Contains($"MapHealthChecks(\"{HealthPaths.Live}\"", healthSetup, StringComparison.Ordinal);
        Assert.Contains($"MapHealthChecks(\"{HealthPaths.Ready}\"", healthSetup, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Every_workload_has_a_network_policy_a_disruption_budget_and_exactly_one_autoscaler()
    {
        var rendered = await RenderedManifests.OfAsync("production");
        var policies = rendered.OfKind("NetworkPolicy").ToList();

        Assert.Contains(policies, p => p["metadata"]!["name"]!.GetValue<string>() == "default-deny"
            && p["spec"]!["podSelector"]!.AsObject().Count == 0);
        foreach (var name in rendered.OfKind("Deployment").Select(d => d["metadata"]!["name"]!.GetValue<string>()))
        {
            Assert.True(policies.Any(p => p["spec"]!["podSelector"]!["matchLabels"]?["app"]?.GetValue<string>() == name),
                $"{name}: no NetworkPolicy selects it");
            Assert.True(rendered.OfKind("PodDisruptionBudget").Any(p => p["spec"]!["selector"]!["matchLabels"]!["app"]!.GetValue<string>() == name),
                $"{name}: no PodDisruptionBudget");
            var autoscalers = rendered.OfKind("HorizontalPodAutoscaler").Concat(rendered.OfKind("ScaledObject"))
                .Count(a => a["spec"]!["scaleTargetRef"]!["name"]!.GetValue<string>() == name);
            Assert.True(autoscalers == 1, $"{name}: {autoscalers} autoscalers (want one: an HPA on CPU or a KEDA ScaledObject)");
        }
    }

    [Fact]
    public async Task Kubernetes_runs_what_the_local_platform_runs_each_service_with_its_own_database_role_and_broker_user()
    {
        var rendered = await RenderedManifests.OfAsync("production");
        var services = LocalServices.Read();

        Assert.Equal(services.Select(s => s.Name).Order(), rendered.OfKind("Deployment").Select(d => d["metadata"]!["name"]!.GetValue<string>()).Order());
        var roles = rendered.OfKind("Cluster").Single()["spec"]!["managed"]!["roles"]!.AsArray();
        foreach (var service in services.Where(s => s.Database != "-"))
        {
            var role = roles.Single(r => r!["name"]!.GetValue<string>() == service.Database)!;
            Assert.False(role["superuser"]!.GetValue<bool>());
            Assert.False(role["createrole"]!.GetValue<bool>());
            Assert.Equal($"{service.Name}-postgres", role["passwordSecret"]!["name"]!.GetValue<string>());
            var database = rendered.OfKind("Database").Single(d => d["spec"]!["name"]!.GetValue<string>() == service.Database);
            Assert.Equal(service.Database, database["spec"]!["owner"]!.GetValue<string>());
            var connection = Environment(rendered, service.Name)["ConnectionStrings__postgres"];
            Assert.Contains($"Database={service.Database};", connection, StringComparison.Ordinal);
            Assert.DoesNotContain("Password=", connection.Replace("Password=$(POSTGRES_PASSWORD)", "", StringComparison.Ordinal), StringComparison.Ordinal);
        }

        foreach (var service in services.Where(s => s.Database != "-" && s.Name is not ("identity" or "web")))
        {
            Assert.Contains(rendered.OfKind("User"), u => u["metadata"]!["name"]!.GetValue<string>() == service.Name);
            var permission = rendered.OfKind("Permission").Single(p => p["spec"]!["userReference"]?["name"]?.GetValue<string>() == service.Name);
            Assert.NotEqual(".*", permission["spec"]!["permissions"]!["configure"]!.GetValue<string>());
        }
    }

    private static Dictionary<string, string> Environment(RenderedManifests rendered, string deployment) =>
        rendered.OfKind("Deployment").Single(d => d["metadata"]!["name"]!.GetValue<string>() == deployment)
            ["spec"]!["template"]!["spec"]!["containers"]![0]!["env"]!.AsArray()
            .Where(e => e!["value"] is not null)
            .ToDictionary(e => e!["name"]!.GetValue<string>(), e => e!["value"]!.GetValue<string>());

    private static List<string> FileNames(string folder) =>
        Directory.GetFiles(folder).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList()!;

    private static class HealthPaths
    {
        public const string Live = "/health/live";
        public const string Ready = "/health/ready";
    }
}

internal sealed record LocalService(string Name, string Database);

internal static class LocalServices
{
    /// <summary>deploy/local/services.conf: the one list of services (name, project, port, database, settings).</summary>
    public static IReadOnlyList<LocalService> Read() =>
        File.ReadAllLines(Path.Combine(RepositoryRoot.FullPath, "deploy/local/services.conf"))
            .Where(line => line.Length > 0 && !line.StartsWith('#'))
            .Select(line => line.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
            .Select(fields => new LocalService(fields[0], fields[3]))
            .ToList();
}

internal sealed class RenderedManifests(IReadOnlyList<JsonObject> documents, IReadOnlyList<string> errors)
{
    private static readonly Dictionary<string, Task<RenderedManifests>> Rendered = [];

    public IReadOnlyList<string> Errors { get; } = errors;

    public IEnumerable<JsonObject> OfKind(string kind) => documents.Where(d => d["kind"]?.GetValue<string>() == kind);

    public static Task<RenderedManifests> OfAsync(string overlay)
    {
        lock (Rendered)
        {
            if (!Rendered.TryGetValue(overlay, out var rendering))
            {
                Rendered[overlay] = rendering = RenderAsync(overlay);
            }

            return rendering;
        }
    }

    private static async Task<RenderedManifests> RenderAsync(string overlay)
    {
        var (exitCode, output) = await ManifestValidator.ValidateAsync($"deploy/k8s/overlays/{overlay}");
        Assert.True(output.StartsWith('{'), output);
        var result = JsonNode.Parse(output[..(output.LastIndexOf('}') + 1)])!;
        var errors = result["errors"]!.AsArray().Select(e => e!.GetValue<string>()).ToList();
        Assert.True(exitCode == 0 || errors.Count > 0, output);
        return new RenderedManifests(result["documents"]!.AsArray().Select(d => d!.AsObject()).ToList(), errors);
    }
}

internal static class ManifestValidator
{
    private static readonly string ToolFolder = Path.Combine(RepositoryRoot.FullPath, "tools/KubernetesValidation");
    private static readonly Lazy<Task> Installed = new(InstallAsync);

    /// <summary>Renders a kustomization with kubectl and validates it: exit code and the validator's JSON (or its error).</summary>
    public static async Task<(int ExitCode, string Output)> ValidateAsync(string kustomization)
    {
        await EnsureInstalledAsync();
        return await Processes.RunAsync("node", [Path.Combine(ToolFolder, "validate.mjs"), kustomization]);
    }

    /// <summary>tools/KubernetesValidation's packages (its YAML reader among them), installed once per test run.</summary>
    public static Task EnsureInstalledAsync() => Installed.Value;

    public static string Tool => ToolFolder;

    private static async Task InstallAsync()
    {
        var installed = new FileInfo(Path.Combine(ToolFolder, "node_modules/.package-lock.json"));
        if (installed.Exists && installed.LastWriteTimeUtc >= File.GetLastWriteTimeUtc(Path.Combine(ToolFolder, "package-lock.json")))
        {
            return;
        }

        var (exitCode, output) = await Processes.RunAsync("npm", ["ci", "--no-audit", "--no-fund", "--loglevel=error"], ToolFolder);
        Assert.True(exitCode == 0, output);
    }
}
