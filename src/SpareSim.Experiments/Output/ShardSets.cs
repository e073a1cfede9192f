using System.Globalization;
using System.Text.RegularExpressions;
using SpareSim.Experiments.Configuration;

namespace SpareSim.Experiments.Output;

/// <summary>
/// One folder's shards: <c>FOLDER/shard-1-of-n</c> … <c>FOLDER/shard-n-of-n</c>, merged into FOLDER.
/// </summary>
/// <param name="Folder">The folder holding the shard folders (the merge target).</param>
/// <param name="Count">n.</param>
/// <param name="Shards">The shard folders, in shard order.</param>
public sealed record ShardSet(string Folder, int Count, IReadOnlyList<string> Shards)
{
    /// <summary>Whether <see cref="Folder"/> already holds merged (or unsharded) replications.</summary>
    public bool IsMerged => File.Exists(Path.Combine(Folder, ResultFiles.Replications));
}

/// <summary>
/// Finds every shard set below a folder: a study with several simulations (one per scenario and
/// phase, e.g. remote-printing-stress) leaves one set per simulation folder, and
/// <c>sparesim merge --all</c> merges them with one command.
/// </summary>
public static partial class ShardSets
{
    [GeneratedRegex(@"^shard-([1-9][0-9]*)-of-([1-9][0-9]*)$", RegexOptions.CultureInvariant)]
    private static partial Regex ShardName();

    /// <summary>
    /// The shard sets at and below <paramref name="root"/>, sorted by folder. Throws
    /// <see cref="ExperimentInputException"/> when a folder holds shards of two different counts or
    /// misses one of its shards (naming the folder and the shard).
    /// </summary>
    public static IReadOnlyList<ShardSet> Find(string root)
    {
        if (!Directory.Exists(root)) throw new ExperimentInputException(root, "is not a folder");
        var sets = new List<ShardSet>();
        var pending = new Stack<string>();
        pending.Push(Path.GetFullPath(root));
        while (pending.Count > 0)
        {
            string folder = pending.Pop();
            var shards = new Dictionary<int, SortedDictionary<int, string>>();
            foreach (string sub in Directory.EnumerateDirectories(folder))
            {
                var match = ShardName().Match(Path.GetFileName(sub));
                if (!match.Success) { pending.Push(sub); continue; }
                if (!int.TryParse(match.Groups[1].Value, NumberStyles.None, CultureInfo.InvariantCulture, out int index)
                    || !int.TryParse(match.Groups[2].Value, NumberStyles.None, CultureInfo.InvariantCulture, out int count)
                    || index > count)
                    continue; // not a name the runner writes; left alone
                if (!shards.TryGetValue(count, out var byIndex)) shards[count] = byIndex = [];
                byIndex[index] = sub;
            }
            if (shards.Count == 0) continue;
            if (shards.Count > 1)
                throw new ExperimentInputException(folder, $"holds shards of {string.Join(" and ", shards.Keys.Order().Select(c => $"{c}"))} shard runs; remove the folders of the count you do not want, then merge again");
            var (n, set) = shards.Single();
            int missing = Enumerable.Range(1, n).FirstOrDefault(i => !set.ContainsKey(i));
            if (missing != 0) throw new ExperimentInputException(folder, $"shard-{missing}-of-{n} is missing ({set.Count} of {n} shards are there); run that shard, then merge again");
            sets.Add(new ShardSet(folder, n, set.Values.ToList()));
        }
        return sets.OrderBy(s => s.Folder, StringComparer.Ordinal).ToList();
    }
}
