using SpareSim.Experiments;
using SpareSim.Experiments.Configuration;
using SpareSim.Experiments.Output;

namespace SpareSim.Cli;

/// <summary><c>sparesim merge</c>: combines shard folders into the files of an unsharded run.</summary>
internal sealed class MergeCommand : ICommand
{
    public string Name => "merge";

    public string Summary => "merge SHARD_DIR... [--out DIR] [--force]: combine shards into one result set";

    public int Execute(string[] args) => CommandErrors.Guard(() =>
    {
        var folders = new List<string>();
        string? output = null;
        bool force = false;
        for (int i = 0; i < args.Length; i++)
        {
            if (args[i] == "--out")
            {
                if (i + 1 >= args.Length) throw new ExperimentInputException("--out", "needs a value");
                output = args[++i];
            }
            else if (args[i].StartsWith("--out=", StringComparison.Ordinal)) output = args[i][6..];
            else if (args[i] == "--force") force = true;
            else if (args[i].StartsWith('-')) throw new ExperimentInputException(args[i], "unknown option");
            else if (!Directory.Exists(args[i])) throw new ExperimentInputException(args[i], "is not a folder");
            else folders.Add(args[i]);
        }
        if (folders.Count == 0) throw new ExperimentInputException("DIR", "name the shard folders to merge");
        output ??= Path.GetDirectoryName(Path.GetFullPath(folders[0]))!;
        var definition = ResultMerger.MergeAsync(folders, output, Catalog.Models(), force).GetAwaiter().GetResult();
        Console.WriteLine($"merged {folders.Count} shards of {definition.Name} into {output}");
        return 0;
    });
}
