using System.Globalization;

namespace SpareSim.Experiments.Running;

/// <summary>
/// Completed replications of a run that has not finished, kept in <c>OUT/.partial/</c>, one
/// small file per (scenario, replication), each written atomically (temporary file, then
/// rename). Rerunning the same experiment into the same folder skips them: the final files are
/// the same as those of an uninterrupted run. A checkpoint of another configuration is discarded.
/// </summary>
public sealed class Checkpoint
{
    private readonly string _folder;

    /// <summary>Opens (or starts) the checkpoint of configuration <paramref name="configurationHash"/> in <paramref name="outputFolder"/>.</summary>
    public Checkpoint(string outputFolder, string configurationHash, string shard)
    {
        _folder = Path.Combine(outputFolder, ".partial");
        string stamp = Path.Combine(_folder, "configuration");
        string expected = $"{configurationHash} shard {shard}";
        if (Directory.Exists(_folder) && (!File.Exists(stamp) || File.ReadAllText(stamp) != expected))
        {
            Directory.Delete(_folder, recursive: true);
            Discarded = true;
        }
        Directory.CreateDirectory(_folder);
        if (!File.Exists(stamp)) WriteAtomically(stamp, w => w.Write(expected));
    }

    /// <summary>True if a checkpoint of a different configuration was found and deleted.</summary>
    public bool Discarded { get; }

    /// <summary>
    /// All replications saved so far, each with its file name. A record file that cannot be read
    /// back exactly (truncated, garbage, a name that does not match its content) is deleted and
    /// named in <see cref="CheckpointContents.Damaged"/>, so that its replication is recomputed.
    /// </summary>
    public CheckpointContents Load()
    {
        var records = new List<(string, ReplicationRecord)>();
        var damaged = new List<string>();
        foreach (var file in Directory.EnumerateFiles(_folder, "*.rep").Order(StringComparer.Ordinal))
        {
            string name = Path.GetFileName(file);
            var record = TryRead(file, out string? problem);
            if (record is not null && name != FileName(record))
                problem = $"holds scenario {record.Scenario}, replication {record.Replication}, which does not match its name";
            if (problem is null)
            {
                records.Add((name, record!));
                continue;
            }
            damaged.Add($"{Path.Combine(".partial", name)}: {problem}; discarded, its replication is computed again");
            File.Delete(file);
        }
        return new CheckpointContents(records, damaged);
    }

    /// <summary>Deletes the record file <paramref name="fileName"/> (one that does not fit the configuration).</summary>
    public void Discard(string fileName) => File.Delete(Path.Combine(_folder, Path.GetFileName(fileName)));

    private static ReplicationRecord? TryRead(string file, out string? problem)
    {
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(file);
        }
        catch (IOException)
        {
            problem = "cannot be read";
            return null;
        }
        const int header = 4 + 4 + 8 + 4;
        if (bytes.Length < header)
        {
            problem = $"is truncated ({bytes.Length} bytes)";
            return null;
        }
        using var reader = new BinaryReader(new MemoryStream(bytes));
        int scenario = reader.ReadInt32();
        int replication = reader.ReadInt32();
        double warmUp = reader.ReadDouble();
        int count = reader.ReadInt32();
        // A record may carry a time series after its values: its length, then the values.
        long seriesBytes = bytes.Length - header - 8L * count;
        if (count >= 0 && seriesBytes >= 4)
        {
            using var probe = new BinaryReader(new MemoryStream(bytes, (int)(header + 8L * count), 4));
            int n = probe.ReadInt32();
            if (n >= 0 && seriesBytes == 4 + 8L * n) return ReadWithSeries(reader, scenario, replication, warmUp, count, n, out problem);
        }
        if (count < 0 || bytes.Length != header + 8L * count)
        {
            problem = count < 0 || bytes.Length < header + 8L * count
                ? $"is truncated or damaged ({bytes.Length} bytes)"
                : $"is damaged ({bytes.Length} bytes for {count} values)";
            return null;
        }
        var values = new double[count];
        for (int i = 0; i < count; i++) values[i] = reader.ReadDouble();
        problem = null;
        return new ReplicationRecord(scenario, replication, warmUp, values);
    }

    private static ReplicationRecord ReadWithSeries(BinaryReader reader, int scenario, int replication, double warmUp, int count, int n, out string? problem)
    {
        var values = new double[count];
        for (int i = 0; i < count; i++) values[i] = reader.ReadDouble();
        reader.ReadInt32();
        var series = new double[n];
        for (int i = 0; i < n; i++) series[i] = reader.ReadDouble();
        problem = null;
        return new ReplicationRecord(scenario, replication, warmUp, values, series);
    }

    private static string FileName(ReplicationRecord record) =>
        string.Create(CultureInfo.InvariantCulture, $"{record.Scenario}-{record.Replication}.rep");

    /// <summary>Saves one completed replication (thread-safe: one file per pair).</summary>
    public void Save(ReplicationRecord record)
    {
        string path = Path.Combine(_folder, FileName(record));
        using var stream = new MemoryStream();
        using (var writer = new BinaryWriter(stream, System.Text.Encoding.UTF8, leaveOpen: true))
        {
            writer.Write(record.Scenario);
            writer.Write(record.Replication);
            writer.Write(record.WarmUp);
            writer.Write(record.Values.Length);
            foreach (double v in record.Values) writer.Write(v);
            if (record.Series is { } series)
            {
                writer.Write(series.Length);
                foreach (double v in series) writer.Write(v);
            }
        }
        string tmp = path + ".tmp";
        File.WriteAllBytes(tmp, stream.ToArray());
        File.Move(tmp, path, overwrite: true);
    }

    /// <summary>Removes the checkpoint once the final files are written.</summary>
    public void Delete() => Directory.Delete(_folder, recursive: true);

    private static void WriteAtomically(string path, Action<StreamWriter> write)
    {
        string tmp = path + ".tmp";
        using (var w = new StreamWriter(tmp)) write(w);
        File.Move(tmp, path, overwrite: true);
    }
}
