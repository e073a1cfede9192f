using SpareSim.Experiments.Configuration;
using SpareSim.Experiments.Running;
using SpareSim.Experiments.Simulation;

namespace SpareSim.Experiments.Output;

/// <summary>
/// Combines the folders of shards (<c>sparesim run --shard i/n</c>) into the files an unsharded
/// run writes: checks that they come from the same resolved experiment (configuration hash)
/// and together hold every (scenario, replication) exactly once, then writes the complete set.
/// </summary>
public static class ResultMerger
{
    /// <summary>Merges <paramref name="shardFolders"/> into <paramref name="output"/>.</summary>
    /// <exception cref="ExperimentInputException">Missing, foreign, damaged, overlapping or incomplete shards; an output folder that is unsafe to write.</exception>
    public static async Task<ExperimentDefinition> MergeAsync(IReadOnlyList<string> shardFolders, string output, ModelRegistry models, bool force = false)
    {
        if (shardFolders.Count == 0) throw new ExperimentInputException("DIR", "name at least one shard folder");
        string outputFull = Path.GetFullPath(output).TrimEnd(Path.DirectorySeparatorChar);
        if (shardFolders.Any(f => Path.GetFullPath(f).TrimEnd(Path.DirectorySeparatorChar) == outputFull))
            throw new ExperimentInputException("--out", $"'{output}' is one of the shard folders being merged; its files would be overwritten; choose another folder");
        ExperimentDefinition? definition = null;
        var records = new Dictionary<(int, int), ReplicationRecord>();
        foreach (var folder in shardFolders)
        {
            string experiment = Path.Combine(folder, ResultFiles.Experiment);
            string replications = Path.Combine(folder, ResultFiles.Replications);
            if (!File.Exists(experiment) || !File.Exists(replications))
                throw new ExperimentInputException(folder, $"is not a finished shard: {ResultFiles.Experiment} or {ResultFiles.Replications} is missing");
            var loaded = ExperimentLoader.Load(ExperimentLoader.Read(experiment, []), models);
            definition ??= loaded;
            if (loaded.ConfigurationHash != definition.ConfigurationHash)
                throw new ExperimentInputException(folder, "comes from a different experiment configuration than the first shard");
            var (rows, metadata) = await ReadTableAsync(replications);
            CheckMetadata(replications, metadata, definition);
            ShardSpec? shard = metadata.TryGetValue("sparesim_shard", out var shardText) ? ShardSpec.Parse(shardText) : null;
            var series = definition.TimeSeries is null ? null : await ReadSeriesAsync(folder, definition);
            foreach (var shardRecord in Records(replications, rows, definition))
            {
                var record = series is null ? shardRecord
                    : shardRecord with { Series = series.GetValueOrDefault((shardRecord.Scenario, shardRecord.Replication))
                        ?? throw new ExperimentInputException(Path.Combine(folder, ResultFiles.TimeSeries), $"has no time series of scenario {shardRecord.Scenario}, replication {shardRecord.Replication}; run its shard again") };
                if (shard is not null && !shard.Contains((long)record.Scenario * definition.Replications + record.Replication))
                    throw new ExperimentInputException(replications, $"holds scenario {record.Scenario}, replication {record.Replication}, which is not part of its shard {shard}");
                if (!records.TryAdd((record.Scenario, record.Replication), record))
                    throw new ExperimentInputException(folder, $"holds scenario {record.Scenario}, replication {record.Replication} again (shards overlap)");
            }
        }
        var missing = Enumerable.Range(0, definition!.Scenarios.Count)
            .SelectMany(s => Enumerable.Range(0, definition.Replications).Select(r => (s, r)))
            .Where(p => !records.ContainsKey(p)).ToList();
        if (missing.Count > 0)
            throw new ExperimentInputException("DIR", $"the shards are incomplete: {missing.Count} (scenario, replication) pairs are missing, e.g. scenario {missing[0].s}, replication {missing[0].r}");
        var sorted = records.Values.OrderBy(r => r.Scenario).ThenBy(r => r.Replication).ToList();
        // The decision log reruns its replications from their streams, as the whole run does after its replications.
        var events = definition.DecisionLog is null ? null : new ExperimentRunner(definition, new RunOptions(output, 1, ShardSpec.All)).RunDecisionLog(sorted);
        var target = OutputFolder.Check(output, [], force);
        using (OutputFolderLock.Acquire(output))
        {
            target = OutputFolder.Check(output, [], force);
            target.Commit(await ResultWriter.WriteCompleteAsync(definition, sorted, output, events));
        }
        return definition;
    }

    // A shard's timeseries.parquet back into one series per replication (measure-major, as the
    // runner records it); every (measure, grid time) of a replication must be there exactly once.
    private static async Task<Dictionary<(int, int), double[]>> ReadSeriesAsync(string folder, ExperimentDefinition definition)
    {
        var spec = definition.TimeSeries!;
        string path = Path.Combine(folder, ResultFiles.TimeSeries);
        if (!File.Exists(path)) throw new ExperimentInputException(folder, $"is not a finished shard: {ResultFiles.TimeSeries} is missing (the experiment records a time series)");
        var (table, metadata) = await ReadTableAsync(path);
        CheckMetadata(path, metadata, definition);
        T[] Typed<T>(string name) => (table.ColumnNames.Contains(name) ? table.Column(name) : null) as T[]
            ?? throw new ExperimentInputException(path, $"has no column '{name}' of the right type");
        var scenarios = Typed<string>("scenario");
        var replications = Typed<int>("replication");
        var times = Typed<double>("time");
        var measures = Typed<string>("measure");
        var values = table.Numbers("value") ?? throw new ExperimentInputException(path, "has no numeric column 'value'");
        var scenarioIndex = definition.Scenarios.Select((s, i) => (s.Name, i)).ToDictionary(t => t.Name, t => t.i);
        var measureIndex = spec.Measures.Select((m, i) => (m, i)).ToDictionary(t => t.m, t => t.i);
        var timeIndex = Enumerable.Range(0, spec.Points).ToDictionary(spec.Time);
        var series = new Dictionary<(int, int), double[]>();
        var seen = new Dictionary<(int, int), int>();
        for (int i = 0; i < table.RowCount; i++)
        {
            if (!scenarioIndex.TryGetValue(scenarios[i], out int s) || replications[i] < 0 || replications[i] >= definition.Replications
                || !measureIndex.TryGetValue(measures[i], out int m) || !timeIndex.TryGetValue(times[i], out int k))
                throw new ExperimentInputException(path, $"row {i} (scenario '{scenarios[i]}', replication {replications[i]}, measure '{measures[i]}', time {times[i]:R}) is not on this experiment's time grid");
            var key = (s, replications[i]);
            if (!series.TryGetValue(key, out var replicationSeries)) series[key] = replicationSeries = new double[spec.Measures.Count * spec.Points];
            replicationSeries[m * spec.Points + k] = values[i];
            seen[key] = seen.GetValueOrDefault(key) + 1;
        }
        foreach (var (key, count) in seen)
            if (count != spec.Measures.Count * spec.Points)
                throw new ExperimentInputException(path, $"holds {count} time-series rows of scenario {key.Item1}, replication {key.Item2}, expected {spec.Measures.Count * spec.Points}");
        return series;
    }

    /// <summary>Reads the replication rows of a run's <c>replications.parquet</c>, checked against <paramref name="definition"/>.</summary>
    /// <exception cref="ExperimentInputException">The file is damaged, or its metadata or rows do not belong to <paramref name="definition"/>.</exception>
    public static async Task<IReadOnlyList<ReplicationRecord>> ReadRecordsAsync(string path, ExperimentDefinition definition)
    {
        var (table, metadata) = await ReadTableAsync(path);
        CheckMetadata(path, metadata, definition);
        return Records(path, table, definition);
    }

    private static async Task<(ParquetTable, IReadOnlyDictionary<string, string>)> ReadTableAsync(string path)
    {
        try
        {
            return await ParquetTable.ReadAsync(path);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            throw new ExperimentInputException(path, "is damaged or not a Parquet file written by sparesim; run its shard again");
        }
    }

    private static void CheckMetadata(string path, IReadOnlyDictionary<string, string> metadata, ExperimentDefinition definition)
    {
        string seed = definition.MasterSeed.ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (!metadata.TryGetValue("sparesim_configuration_hash", out var hash) || hash != definition.ConfigurationHash)
            throw new ExperimentInputException(path, $"was written for another configuration (configuration hash {hash ?? "missing"}, expected {definition.ConfigurationHash})");
        if (!metadata.TryGetValue("sparesim_master_seed", out var fileSeed) || fileSeed != seed)
            throw new ExperimentInputException(path, $"was written with master seed {fileSeed ?? "missing"}, the experiment has {seed}");
    }

    private static List<ReplicationRecord> Records(string path, ParquetTable table, ExperimentDefinition definition)
    {
        Array Column(string name) => table.ColumnNames.Contains(name) ? table.Column(name)
            : throw new ExperimentInputException(path, $"has no column '{name}'");
        T[] Typed<T>(string name) => Column(name) as T[] ?? throw new ExperimentInputException(path, $"column '{name}' has the wrong type");
        var scenarios = Typed<int>("scenario_index");
        var names = Typed<string>("scenario");
        var replications = Typed<int>("replication");
        var warmUps = Typed<double>("warm_up");
        // Measures are optional doubles (null = no value, read as NaN) or integers.
        double[] Measure(string name) => table.ColumnNames.Contains(name)
            ? table.Numbers(name) ?? throw new ExperimentInputException(path, $"column '{name}' has the wrong type")
            : throw new ExperimentInputException(path, $"has no column '{name}'");
        var measures = definition.Model.Measures.Select(Measure).ToArray();
        var list = new List<ReplicationRecord>(table.RowCount);
        for (int i = 0; i < table.RowCount; i++)
        {
            int s = scenarios[i], r = replications[i];
            if (s < 0 || s >= definition.Scenarios.Count)
                throw new ExperimentInputException(path, $"row {i}: scenario index {s} is outside 0..{definition.Scenarios.Count - 1}");
            if (names[i] != definition.Scenarios[s].Name)
                throw new ExperimentInputException(path, $"row {i}: scenario {s} is named '{names[i]}', the experiment calls it '{definition.Scenarios[s].Name}'");
            if (r < 0 || r >= definition.Replications)
                throw new ExperimentInputException(path, $"row {i}: replication {r} is outside 0..{definition.Replications - 1} (Replications = {definition.Replications})");
            list.Add(new ReplicationRecord(s, r, warmUps[i], measures.Select(c => c[i]).ToArray()));
        }
        return list;
    }
}
