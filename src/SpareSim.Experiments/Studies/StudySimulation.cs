using System.Text.Json;
using System.Text.Json.Nodes;
using SpareSim.Experiments.Configuration;
using SpareSim.Experiments.Output;
using SpareSim.Experiments.Running;

namespace SpareSim.Experiments.Studies;

/// <summary>
/// A study's replications, run by the experiment runner rather than a loop of the study's own: the
/// study writes its simulation part as an ordinary experiment file (<c>simulation.json</c> in its
/// output folder, runnable on its own with <c>sparesim run</c>) and this class runs it into
/// <c>simulation/</c>. So a study's simulation gets what every experiment has: common random
/// numbers, checkpoints and resume after an interruption, shards (<c>--shard i/n</c> runs one
/// shard into <c>simulation/shard-i-of-n</c>; <c>sparesim merge</c> joins them into
/// <c>simulation/</c>, and the study run again, with or without <c>--shard</c>, reads the merged
/// replications instead of simulating), and the same Parquet output, summary and report.
/// </summary>
public static class StudySimulation
{
    /// <summary>The experiment file a study writes into its output folder.</summary>
    public const string ExperimentFileName = "simulation.json";

    /// <summary>The folder, inside the study's output folder, the runner writes to.</summary>
    public const string FolderName = "simulation";

    /// <summary>
    /// Writes <paramref name="experiment"/> to <c>simulation.json</c> in <paramref name="studyOutput"/> and runs it.
    /// Returns every replication, or null when only a shard was run (the study then stops; the
    /// shards are merged and the study run again).
    /// </summary>
    public static async Task<StudyRecords?> RunAsync(JsonObject experiment, string studyOutput, StudyContext context)
    {
        ArgumentNullException.ThrowIfNull(experiment);
        ArgumentNullException.ThrowIfNull(context);
        Directory.CreateDirectory(studyOutput);
        string file = Path.Combine(studyOutput, ExperimentFileName);
        WriteAtomically(file, experiment.ToJsonString(new JsonSerializerOptions { WriteIndented = true }));
        var definition = ExperimentLoader.Load(ExperimentLoader.Read(file, []), Catalog.Models());
        string folder = Path.Combine(studyOutput, FolderName);
        string merged = Path.Combine(folder, ResultFiles.Replications);
        if (File.Exists(merged))
        {
            // A finished (or merged) run of this very configuration: analyse it, do not simulate again.
            // Also under --shard: a study whose later simulations depend on earlier ones (a search,
            // then an evaluation of what it found) then shards its next phase once the first is merged.
            try
            {
                var records = await ResultMerger.ReadRecordsAsync(merged, definition);
                if (records.Count == definition.Scenarios.Count * definition.Replications)
                {
                    context.Log.WriteLine($"{definition.Name}: using the {records.Count} replications in {merged}");
                    return new StudyRecords(definition, records);
                }
            }
            catch (ExperimentInputException e)
            {
                context.Log.WriteLine($"note: {merged} is not this study's simulation ({e.Message}); simulating again");
            }
        }
        string output = context.Shard.IsWhole ? folder : Path.Combine(folder, $"shard-{context.Shard.Index}-of-{context.Shard.Count}");
        var options = new RunOptions(output, context.Threads, context.Shard, context.Progress, context.Cancellation)
        {
            Inputs = [file],
            MaxMemoryBytes = context.MaxMemoryBytes,
        };
        context.Log.WriteLine($"{definition.Name}: {definition.Scenarios.Count} scenarios x {definition.Replications} replications" +
                              (context.Shard.IsWhole ? "" : $", shard {context.Shard}") + $" -> {output}");
        var run = await ExperimentSession.RunAsync(definition, options, context.Log);
        if (context.Shard.IsWhole) return new StudyRecords(definition, run);
        context.Log.WriteLine($"shard {context.Shard} done. When every shard is done: sparesim merge {Path.Combine(folder, "shard-*")} --out {folder} " +
                              "(or sparesim merge --all on the study's output folder, for all its simulations); then run the study again: it analyses " +
                              "the merged replications, or, if it has further simulations that need these, runs them (with --shard: their shards).");
        return null;
    }

    /// <summary>
    /// Writes an input file of a study's simulation (its experiment, a model file it names) unless
    /// it already holds <paramref name="text"/>, atomically: an unchanged input keeps its file, and
    /// an interrupted write never leaves half a file for a resumed run to read.
    /// </summary>
    public static void WriteAtomically(string path, string text)
    {
        if (File.Exists(path) && File.ReadAllText(path) == text) return;
        string temp = path + ".tmp";
        File.WriteAllText(temp, text);
        File.Move(temp, path, overwrite: true);
    }
}
