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

    /// <summary>All replications saved so far.</summary>
    public IReadOnlyList<ReplicationRecord> Load()
    {
        var records = new List<ReplicationRecord>();
        foreach (var file in Directory.EnumerateFiles(_folder, "*.rep"))
        {
            using var reader = new BinaryReader(File.OpenRead(file));
            int scenario = reader.ReadInt32();
            int replication = reader.ReadInt32();
            double warmUp = reader.ReadDouble();
            var values = new double[reader.ReadInt32()];
            for (int i = 0; i < values.Length; i++) values[i] = reader.ReadDouble();
            records.Add(new ReplicationRecord(scenario, replication, warmUp, values));
        }
        return records;
    }

    /// <summary>Saves one completed replication (thread-safe: one file per pair).</summary>
    public void Save(ReplicationRecord record)
    {
        string path = Path.Combine(_folder, string.Create(CultureInfo.InvariantCulture, $"{record.Scenario}-{record.Replication}.rep"));
        using var stream = new MemoryStream();
        using (var writer = new BinaryWriter(stream, System.Text.Encoding.UTF8, leaveOpen: true))
        {
            writer.Write(record.Scenario);
            writer.Write(record.Replication);
            writer.Write(record.WarmUp);
            writer.Write(record.Values.Length);
            foreach (double v in record.Values) writer.Write(v);
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
