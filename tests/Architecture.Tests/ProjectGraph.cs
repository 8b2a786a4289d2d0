using System.Xml.Linq;
using Platform.Testing;

namespace Architecture.Tests;

/// <summary>Project references read from the .csproj files, as repository-relative paths with '/' separators.</summary>
internal sealed record ProjectReference(string Project, string Referenced);

internal static class ProjectGraph
{
    public static IReadOnlyList<ProjectReference> Under(params string[] folders) =>
    [
        .. folders
            .SelectMany(folder => Directory.EnumerateFiles(Path.Combine(RepositoryRoot.FullPath, folder), "*.csproj", SearchOption.AllDirectories))
            .Where(project => !project.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .SelectMany(ReferencesOf),
    ];

    public static IReadOnlyList<string> ProjectsUnder(string folder) =>
    [
        .. Directory.EnumerateFiles(Path.Combine(RepositoryRoot.FullPath, folder), "*.csproj", SearchOption.AllDirectories)
            .Select(Relative),
    ];

    private static IEnumerable<ProjectReference> ReferencesOf(string project) =>
        XDocument.Load(project).Descendants("ProjectReference")
            .Select(reference => (string?)reference.Attribute("Include"))
            .OfType<string>()
            .Select(include => new ProjectReference(
                Relative(project),
                Relative(Path.GetFullPath(Path.Combine(Path.GetDirectoryName(project)!, include.Replace('\\', '/'))))));

    private static string Relative(string path) =>
        Path.GetRelativePath(RepositoryRoot.FullPath, path).Replace(Path.DirectorySeparatorChar, '/');
}
