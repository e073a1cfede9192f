using SpareSim.Experiments;
using SpareSim.Experiments.Configuration;
using SpareSim.Experiments.Output;

namespace SpareSim.Cli;

/// <summary><c>sparesim merge</c>: combines shard folders into the files of an unsharded run.</summary>
internal sealed class MergeCommand : ICommand
{
    public string Name => "merge";

    public string Summary => "merge SHARD_DIR... [--out DIR] [--force] | merge --all DIR [--force]: combine shards into one result set (--all: every shard set below DIR)";

    public int Execute(string[] args) => CommandErrors.Guard(() =>
    {
        var folders = new List<string>();
        string? output = null, all = null;
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
            else if (args[i] == "--all")
            {
                if (i + 1 >= args.Length || args[i + 1].StartsWith('-')) throw new ExperimentInputException("--all", "needs the folder to search for shard sets");
                all = args[++i];
                if (!Directory.Exists(all)) throw new ExperimentInputException(all, "is not a folder");
            }
            else if (args[i].StartsWith('-')) throw new ExperimentInputException(args[i], "unknown option");
            else if (!Directory.Exists(args[i])) throw new ExperimentInputException(args[i], "is not a folder");
            else folders.Add(args[i]);
        }
        if (all is not null)
        {
            if (folders.Count > 0 || output is not null) throw new ExperimentInputException("--all", "merges every shard set below its folder into that set's own folder; give no other folders and no --out");
            return MergeAll(all, force);
        }
        if (folders.Count == 0) throw new ExperimentInputException("DIR", "name the shard folders to merge");
        output ??= Path.GetDirectoryName(Path.GetFullPath(folders[0]))!;
        var definition = ResultMerger.MergeAsync(folders, output, Catalog.Models(), force).GetAwaiter().GetResult();
        Console.WriteLine($"merged {folders.Count} shards of {definition.Name} into {output}");
        return 0;
    });

    // Each set merges into its own folder; a set already merged is kept unless --force, so the
    // command can be repeated after each phase of a study whose later simulations need earlier ones.
    private static int MergeAll(string root, bool force)
    {
        var sets = ShardSets.Find(root);
        if (sets.Count == 0) throw new ExperimentInputException(root, "holds no shard folders (shard-i-of-n) at any depth");
        int merged = 0;
        foreach (var set in sets)
        {
            string name = Path.GetRelativePath(Path.GetFullPath(root), set.Folder);
            if (set.IsMerged && !force)
            {
                Console.WriteLine($"{name}: already merged, kept (--force merges again)");
                continue;
            }
            var definition = ResultMerger.MergeAsync(set.Shards, set.Folder, Catalog.Models(), force).GetAwaiter().GetResult();
            Console.WriteLine($"{name}: merged {set.Count} shards of {definition.Name}");
            merged++;
        }
        Console.WriteLine($"merged {merged} of {sets.Count} shard sets below {root}");
        return 0;
    }
}
