namespace Architecture.Tests;

public sealed class DeploymentFilesTests
{
    [Fact]
    public async Task Compose_file_is_valid_for_docker_compose_1_29()
    {
        var (exitCode, output) = await Processes.RunAsync("docker-compose", ["-f", "docker-compose.yml", "config", "-q"]);

        Assert.True(exitCode == 0, output);
    }
}
