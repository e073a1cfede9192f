using SpareSim.Experiments.Configuration;

namespace SpareSim.Experiments.Output;

/// <summary>
/// The safety rules of a run's output folder. Before anything is written: an input of the run
/// is never overwritten, and a folder holding files that no sparesim run wrote is refused
/// unless forced. After the files are written: outputs of an earlier run that this run did not
/// write again (a comparison or plot of another configuration) are removed, and the list of
/// the folder's files (<c>.sparesim-files</c>) is saved for the next run.
/// </summary>
public sealed class OutputFolder
{
    /// <summary>The list of files the last run wrote, one name a line.</summary>
    public const string ManifestName = ".sparesim-files";

    private readonly string _folder;
    private readonly HashSet<string> _previous;

    private OutputFolder(string folder, HashSet<string> previous)
    {
        _folder = folder;
        _previous = previous;
    }

    /// <summary>
    /// Checks <paramref name="folder"/> before a run into it. <paramref name="inputs"/> are the
    /// files the run reads; <paramref name="force"/> allows files of others in the folder (they
    /// are left alone).
    /// </summary>
    /// <exception cref="ExperimentInputException">The folder is a file, holds foreign files, or the run would overwrite an input.</exception>
    public static OutputFolder Check(string folder, IEnumerable<string> inputs, bool force)
    {
        if (File.Exists(folder)) throw new ExperimentInputException("--out", $"'{folder}' is a file, not a folder");
        string full = Path.GetFullPath(folder);
        foreach (var input in inputs)
        {
            string inputFull = Path.GetFullPath(input);
            if (string.Equals(Path.GetDirectoryName(inputFull), full.TrimEnd(Path.DirectorySeparatorChar), StringComparison.Ordinal) &&
                IsOutputName(Path.GetFileName(inputFull)))
                throw new ExperimentInputException("--out", $"the run would overwrite its input '{input}'; choose another output folder");
        }
        var previous = new HashSet<string>(StringComparer.Ordinal);
        if (!Directory.Exists(folder)) return new OutputFolder(folder, previous);

        string manifest = Path.Combine(folder, ManifestName);
        var files = Directory.EnumerateFiles(folder).Select(f => Path.GetFileName(f)!).Order(StringComparer.Ordinal).ToList();
        if (File.Exists(manifest)) previous.UnionWith(File.ReadAllLines(manifest).Where(l => l.Length > 0));
        else if (IsLegacyOutput(folder)) previous.UnionWith(files.Where(IsOutputName));
        var foreign = files.Where(f => !previous.Contains(f) && !IsBookkeeping(f)).ToList();
        if (foreign.Count > 0 && !force)
            throw new ExperimentInputException("--out",
                $"the output folder '{folder}' holds {foreign.Count} file(s) that no sparesim run wrote ({string.Join(", ", foreign.Take(3))}{(foreign.Count > 3 ? ", ..." : "")}); " +
                "choose an empty or new folder, or add --force to write beside them");
        return new OutputFolder(folder, previous);
    }

    /// <summary>Removes outputs of the earlier run that <paramref name="written"/> does not contain and records <paramref name="written"/>.</summary>
    public void Commit(IReadOnlyCollection<string> written)
    {
        foreach (var stale in _previous.Where(f => !written.Contains(f)))
        {
            string path = Path.Combine(_folder, Path.GetFileName(stale));
            if (File.Exists(path)) File.Delete(path);
        }
        string manifest = Path.Combine(_folder, ManifestName);
        File.WriteAllLines(manifest + ".tmp", written.Order(StringComparer.Ordinal));
        File.Move(manifest + ".tmp", manifest, overwrite: true);
    }

    /// <summary>Whether a file name is one a run writes (result files and plots).</summary>
    private static bool IsOutputName(string name) =>
        name is ResultFiles.Replications or ResultFiles.Summary or ResultFiles.Comparisons or ResultFiles.Experiment
            or ResultFiles.Report or ResultFiles.Shard or ResultFiles.TimeSeries or ResultFiles.Recovery or ResultFiles.Events
            or RecordingWriter.Mitigations
        || (name.StartsWith("plot-", StringComparison.Ordinal) && name.EndsWith(".png", StringComparison.Ordinal));

    /// <summary>Files of the run's own machinery: the lock, the manifest, temporary files of an interrupted write.</summary>
    private static bool IsBookkeeping(string name) =>
        name is OutputFolderLock.FileName or ManifestName || name.EndsWith(".tmp", StringComparison.Ordinal) || name.EndsWith(".tmp.png", StringComparison.Ordinal);

    /// <summary>A folder written before manifests existed: its replication table carries sparesim provenance.</summary>
    private static bool IsLegacyOutput(string folder)
    {
        string replications = Path.Combine(folder, ResultFiles.Replications);
        if (!File.Exists(replications)) return false;
        try
        {
            var (_, metadata) = ParquetTable.ReadAsync(replications).GetAwaiter().GetResult();
            return metadata.ContainsKey("sparesim_configuration_hash");
        }
        catch (Exception ex) when (ex is IOException or InvalidDataException or NotSupportedException or Parquet.ParquetException)
        {
            return false;
        }
    }
}
