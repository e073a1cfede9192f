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
    /// <exception cref="ExperimentInputException">Missing, foreign, overlapping or incomplete shards.</exception>
    public static async Task<ExperimentDefinition> MergeAsync(IReadOnlyList<string> shardFolders, string output, ModelRegistry models)
    {
        if (shardFolders.Count == 0) throw new ExperimentInputException("DIR", "name at least one shard folder");
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
            foreach (var record in await ReadRecordsAsync(replications, definition))
            {
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
        await ResultWriter.WriteCompleteAsync(definition, sorted, output);
        return definition;
    }

    /// <summary>Reads the replication rows of a run's <c>replications.parquet</c>.</summary>
    public static async Task<IReadOnlyList<ReplicationRecord>> ReadRecordsAsync(string path, ExperimentDefinition definition)
    {
        var (table, _) = await ParquetTable.ReadAsync(path);
        var scenarios = (int[])table.Column("scenario_index");
        var replications = (int[])table.Column("replication");
        var warmUps = (double[])table.Column("warm_up");
        var measures = definition.Model.Measures.Select(m => (double[])table.Column(m)).ToArray();
        return Enumerable.Range(0, table.RowCount)
            .Select(i => new ReplicationRecord(scenarios[i], replications[i], warmUps[i], measures.Select(c => c[i]).ToArray()))
            .ToList();
    }
}
