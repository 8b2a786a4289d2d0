namespace Platform.Testing;

/// <summary>The folder holding Platform.sln, found by walking up from the running assembly.</summary>
public static class RepositoryRoot
{
    private static readonly Lazy<string> Located = new(Locate);

    public static string FullPath => Located.Value;

    private static string Locate()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Platform.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException($"No Platform.sln above {AppContext.BaseDirectory}.");
    }
}
