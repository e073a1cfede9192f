using SpareSim.Experiments.Configuration;
using SpareSim.Experiments.Output;
using SpareSim.Experiments.Running;
using SpareSim.Experiments.Simulation;

namespace SpareSim.Experiments;

/// <summary>
/// One <c>sparesim run</c> of a simulation experiment, from validated definition to files:
/// resumes from the output folder's checkpoint, runs the (shard of the) experiment, writes the
/// results atomically and removes the checkpoint.
/// </summary>
public static class ExperimentSession
{
    /// <summary>
    /// Where runs go without <c>--out</c>: a folder git ignores, so that running an experiment never
    /// changes the committed results/ (those are rebuilt by <c>sparesim reproduce</c>).
    /// </summary>
    public const string DefaultRoot = "runs";

    /// <summary>The default output folder of an experiment (and shard): runs/NAME.</summary>
    public static string DefaultOutput(ExperimentDefinition definition, ShardSpec shard) =>
        shard.IsWhole
            ? Path.Combine(DefaultRoot, definition.Name)
            : Path.Combine(DefaultRoot, definition.Name, $"shard-{shard.Index}-of-{shard.Count}");

    /// <summary>
    /// Runs and writes; returns the records (for callers that want to look at them). The output
    /// folder is checked (<see cref="OutputFolder"/>) and locked (<see cref="OutputFolderLock"/>)
    /// before anything is written, and the run's size is checked against the memory budget.
    /// </summary>
    public static async Task<IReadOnlyList<ReplicationRecord>> RunAsync(ExperimentDefinition definition, RunOptions options, TextWriter log)
    {
        var runner = new ExperimentRunner(definition, options with { Log = options.Log ?? log }); // validates option combinations before anything is written
        log.WriteLine(RunBudget.Check(definition, options.Threads, options.MaxMemoryBytes));
        var folder = OutputFolder.Check(options.OutputFolder, options.Inputs, options.Force);
        using var folderLock = OutputFolderLock.Acquire(options.OutputFolder);
        folder = OutputFolder.Check(options.OutputFolder, options.Inputs, options.Force); // again, now that no other run can write
        var checkpoint = new Checkpoint(options.OutputFolder, definition.ConfigurationHash, options.Shard.ToString());
        if (checkpoint.Discarded) log.WriteLine("note: discarded a checkpoint of a different configuration in the output folder");
        var records = runner.Run(checkpoint);
        // The log's row limit is for the whole run: a shard keeps none, the merge runs it.
        var events = options.Shard.IsWhole ? runner.RunDecisionLog(records) : null;
        var written = options.Shard.IsWhole
            ? await ResultWriter.WriteCompleteAsync(definition, records, options.OutputFolder, events)
            : await ResultWriter.WriteShardAsync(definition, records, options.Shard, options.OutputFolder);
        folder.Commit(written);
        checkpoint.Delete();
        return records;
    }

    /// <summary>Loads an experiment file with overrides against <paramref name="models"/>.</summary>
    public static ExperimentDefinition Load(string file, IReadOnlyList<string> overrides, ModelRegistry models) =>
        ExperimentLoader.Load(ExperimentLoader.Read(file, overrides), models);
}
