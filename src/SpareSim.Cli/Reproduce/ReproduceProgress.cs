namespace SpareSim.Cli.Reproduce;

/// <summary>
/// The steps of an unfinished <c>sparesim reproduce</c> that are already done
/// (<c>results/.reproduce-progress</c>, git-ignored: one "name TAB command line" a line). Running
/// reproduce again skips them, so hours of work survive a Ctrl+C, a killed job or a failed step;
/// a step whose command changed since is run again. Cleared when the selected steps are all done.
/// </summary>
internal sealed class ReproduceProgress
{
    /// <summary>The file's name beside the manifest.</summary>
    public const string FileName = ".reproduce-progress";

    private readonly string _path;
    private readonly Dictionary<string, string> _done;

    public ReproduceProgress(string resultsFolder, bool restart)
    {
        _path = Path.Combine(resultsFolder, FileName);
        if (restart && File.Exists(_path)) File.Delete(_path);
        _done = File.Exists(_path)
            ? File.ReadAllLines(_path).Select(l => l.Split('\t', 2)).Where(p => p.Length == 2).GroupBy(p => p[0]).ToDictionary(g => g.Key, g => g.Last()[1])
            : [];
    }

    /// <summary>Whether <paramref name="name"/> was done with exactly <paramref name="commandLine"/>.</summary>
    public bool IsDone(string name, string commandLine) => _done.TryGetValue(name, out var c) && c == commandLine;

    /// <summary>Records a finished step (appended at once, so an interruption right after keeps it).</summary>
    public void MarkDone(string name, string commandLine)
    {
        _done[name] = commandLine;
        File.AppendAllLines(_path, [$"{name}\t{commandLine}"]);
    }

    /// <summary>Forgets <paramref name="names"/>; removes the file when nothing is left.</summary>
    public void Clear(IEnumerable<string> names)
    {
        foreach (var n in names) _done.Remove(n);
        if (_done.Count == 0)
        {
            if (File.Exists(_path)) File.Delete(_path);
            return;
        }
        File.WriteAllLines(_path + ".tmp", _done.Select(kv => $"{kv.Key}\t{kv.Value}"));
        File.Move(_path + ".tmp", _path, overwrite: true);
    }
}
