using System.Text.RegularExpressions;

namespace Architecture.Tests;

/// <summary>
/// docker-compose.yml is what a partnership might run as-is, so it must not start with a default secret: every secret is
/// <c>${NAME:?message}</c>, and docker-compose 1.29 (installed here; no Docker daemon is needed for <c>config</c>)
/// refuses the file naming the variable that is missing.
/// </summary>
public sealed partial class DeploymentFilesTests
{
    /// <summary>
    /// What compose must be given: the platform's own, each service's database role's password (services.conf) and
    /// each service's secrets (deploy/service-secrets.conf).
    /// </summary>
    private static readonly string[] Secrets =
    [
        "POSTGRES_PASSWORD", "RABBITMQ_USER", "RABBITMQ_PASSWORD", "PLATFORM_PUBLIC_URL", "IDENTITY_SIGNING_KEY_FILE",
        .. LocalServices.Read().Where(s => s.Database != "-").Select(s => $"{s.Database.ToUpperInvariant()}_DB_PASSWORD"),
        .. File.ReadAllLines(Path.Combine(RepositoryRoot.FullPath, "deploy/service-secrets.conf"))
            .Where(line => line.Length > 0 && !line.StartsWith('#'))
            .Select(line => line.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)[4]),
    ];

    public static TheoryData<string> EachSecret => [.. Secrets];

    public static Dictionary<string, string> EverySecretGiven() => Secrets.ToDictionary(name => name, Given);

    [Fact]
    public void Every_service_database_password_and_service_secret_is_asked_for()
    {
        Assert.Contains("WEB_DB_PASSWORD", Secrets);
        Assert.Contains("PREVENT_PERSON_MATCH_KEY", Secrets);
        Assert.Contains("IDENTITY_ENCRYPTION_KEY", Secrets);
    }

    [Fact]
    public async Task Compose_file_is_valid_for_docker_compose_1_29_when_every_secret_is_given()
    {
        var (exitCode, output) = await ComposeConfigAsync(EverySecretGiven());

        Assert.True(exitCode == 0, output);
    }

    [Theory]
    [MemberData(nameof(EachSecret))]
    public async Task Compose_refuses_to_start_without_a_secret_and_names_it(string missing)
    {
        var environment = Secrets.ToDictionary(name => name, name => name == missing ? "" : Given(name));

        var (exitCode, output) = await ComposeConfigAsync(environment);

        Assert.NotEqual(0, exitCode);
        Assert.Contains($"set {missing}", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Compose_has_no_default_secret_no_Development_environment_and_no_published_broker_management()
    {
        var compose = File.ReadAllText(Path.Combine(RepositoryRoot.FullPath, "docker-compose.yml"));
        var settings = compose.Split('\n').Where(line => !line.TrimStart().StartsWith('#')).ToList();

        Assert.DoesNotContain(settings, line => line.Contains("Development", StringComparison.Ordinal));
        Assert.DoesNotContain(settings, line => line.Contains("guest", StringComparison.Ordinal));
        Assert.DoesNotContain(settings, line => line.Contains("15672", StringComparison.Ordinal));
        Assert.DoesNotContain(settings, line => line.Contains("SigningKey:", StringComparison.Ordinal) || line.Contains("Auth__SigningKey", StringComparison.Ordinal));
        // Every variable that holds a secret has no fallback: ${NAME:?message}, never ${NAME:-value} or ${NAME}.
        var secretUses = SecretVariable().Matches(compose).Select(match => match.Value).ToList();
        Assert.NotEmpty(secretUses);
        Assert.All(secretUses, use => Assert.Matches(@"^\$\{[A-Z_]+:\?", use));
        // Services connect as their own database role, never as the superuser.
        Assert.DoesNotContain(settings, line => line.Contains("Username=postgres", StringComparison.Ordinal));
        Assert.Contains(settings, line => line.TrimEnd() == "  identity:");
    }

    /// <summary>A value of the right shape: a file variable must be a path, or compose takes it for a named volume.</summary>
    private static string Given(string name) => name.EndsWith("_FILE", StringComparison.Ordinal) ? $"/etc/csp/given-{name}" : $"given-{name}";

    private static Task<(int ExitCode, string Output)> ComposeConfigAsync(Dictionary<string, string> environment) =>
        Processes.RunAsync("docker-compose", ["-f", "docker-compose.yml", "config", "-q"], environment: environment);

    [GeneratedRegex(@"\$\{[A-Z_]*(PASSWORD|KEY|SECRET|USER)[A-Z_]*[^}]*\}")]
    private static partial Regex SecretVariable();
}
