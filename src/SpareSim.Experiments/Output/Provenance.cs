using System.Diagnostics;

namespace SpareSim.Experiments.Output;

/// <summary>
/// Where a result file came from, stored in every Parquet file's key-value metadata: engine
/// version, git commit of the working tree, configuration hash and master seed. No timestamp,
/// so that the same run gives byte-identical metadata.
/// </summary>
public static class Provenance
{
    private static readonly Lazy<string> Commit = new(ReadGitCommit);

    /// <summary>The engine's version.</summary>
    public static string EngineVersion => typeof(Provenance).Assembly.GetName().Version?.ToString() ?? "unknown";

    /// <summary>The git commit of the current directory's repository, or "unknown".</summary>
    public static string GitCommit => Commit.Value;

    /// <summary>The provenance entries for a run.</summary>
    public static Dictionary<string, string> For(string experiment, string configurationHash, ulong? masterSeed) => new()
    {
        ["sparesim_engine_version"] = EngineVersion,
        ["sparesim_git_commit"] = GitCommit,
        ["sparesim_experiment"] = experiment,
        ["sparesim_configuration_hash"] = configurationHash,
        ["sparesim_master_seed"] = masterSeed?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "none",
    };

    private static string ReadGitCommit()
    {
        try
        {
            using var git = Process.Start(new ProcessStartInfo("git", "rev-parse HEAD")
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            });
            if (git is null) return "unknown";
            string output = git.StandardOutput.ReadToEnd().Trim();
            git.WaitForExit(5000);
            return git.ExitCode == 0 && output.Length == 40 ? output : "unknown";
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return "unknown";
        }
    }
}
