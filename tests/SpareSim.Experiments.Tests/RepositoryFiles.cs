namespace SpareSim.Experiments.Tests;

/// <summary>Committed files of the repository, for tests that read the real model files.</summary>
internal static class RepositoryFiles
{
    /// <summary>The repository's root folder (the one holding SpareSim.sln), found upwards from the test binaries.</summary>
    public static string Root { get; } = FindRoot();

    /// <summary>The path of <paramref name="relative"/> (e.g. "models/example-network.json") in the repository.</summary>
    public static string Path(string relative) => System.IO.Path.Combine(Root, relative);

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(System.IO.Path.Combine(dir.FullName, "SpareSim.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("repository root not found");
    }
}
