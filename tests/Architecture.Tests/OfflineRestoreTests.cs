using Platform.Testing;

namespace Architecture.Tests;

public sealed class OfflineRestoreTests
{
    private static readonly string[] NotSources = ["bin", "obj", "artifacts", ".git", ".platform", "TestResults"];

    /// <summary>
    /// YARP needs System.IO.Hashing, which the registry lacks; the repository packs it from the SDK into a local feed.
    /// A warm global package folder would hide a broken feed, so this restores a fresh copy of the sources (no feed
    /// yet) into an empty package folder.
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
            Assert.True(Directory.Exists(Path.Combine(packages.FullName, "system.io.hashing", "10.0.12")), output);
            Assert.True(Directory.Exists(Path.Combine(packages.FullName, "yarp.reverseproxy")), output);
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
