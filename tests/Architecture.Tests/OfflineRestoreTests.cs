using Platform.Testing;

namespace Architecture.Tests;

public sealed class OfflineRestoreTests
{
    private static readonly string[] NotSources = ["bin", "obj", "artifacts", ".git", ".platform", "TestResults"];

    /// <summary>
    /// The pins in Directory.Packages.props must restore from the registry alone (decisions 0001 and 0016). A warm
    /// global package folder would hide a missing package, so this restores a fresh copy of the sources into an empty
    /// one: the gateway, which brings everything ServiceDefaults shares with the services (telemetry, messaging, EF,
    /// authentication, resilience).
    /// </summary>
    [Fact]
    public async Task Gateway_restores_from_a_fresh_checkout_into_an_empty_package_folder()
    {
        var checkout = Directory.CreateTempSubdirectory("platform-restore-checkout-");
        var packages = Directory.CreateTempSubdirectory("platform-restore-packages-");
        try
        {
            CopySources(new DirectoryInfo(RepositoryRoot.FullPath), checkout);

            var (exitCode, output) = await Processes.RunAsync("dotnet", ["restore", "gateway/Gateway/Gateway.csproj", "-nologo"],
                checkout.FullName, new Dictionary<string, string> { ["NUGET_PACKAGES"] = packages.FullName });

            Assert.True(exitCode == 0, output);
            Assert.True(Directory.Exists(Path.Combine(packages.FullName, "yarp.reverseproxy", "2.3.0")), output);
            Assert.True(Directory.Exists(Path.Combine(packages.FullName, "system.io.hashing")), output);
            Assert.True(Directory.Exists(Path.Combine(packages.FullName, "opentelemetry.extensions.hosting", "1.21.0")), output);
            Assert.True(Directory.Exists(Path.Combine(packages.FullName, "masstransit.rabbitmq", "8.5.12")), output);
            Assert.False(Directory.Exists(Path.Combine(checkout.FullName, "artifacts")), "nothing is packed locally before a restore");
        }
        finally
        {
            checkout.Delete(recursive: true);
            packages.Delete(recursive: true);
        }
    }

    private static void CopySources(DirectoryInfo from, DirectoryInfo to)
    {
        foreach (var file in from.EnumerateFiles())
        {
            file.CopyTo(Path.Combine(to.FullName, file.Name));
        }

        foreach (var folder in from.EnumerateDirectories().Where(folder => !NotSources.Contains(folder.Name)))
        {
            CopySources(folder, to.CreateSubdirectory(folder.Name));
        }
    }
}
