using SpareSim.Experiments.Configuration;
using SpareSim.Experiments.Output;
using SpareSim.Experiments.Running;

namespace SpareSim.Experiments.Tests.Pipeline;

/// <summary>Output folders: inputs never overwritten, foreign files refused, stale outputs removed, one run at a time; merges check every file.</summary>
public class OutputFolderTests
{
    private static Task RunAsync(ExperimentDefinition d, string output, string shard = "1/1", bool force = false, params string[] inputs) =>
        ExperimentSession.RunAsync(d, new RunOptions(output, 2, ShardSpec.Parse(shard)) { Force = force, Inputs = inputs }, TextWriter.Null);

    [Fact]
    public async Task Outputs_of_an_earlier_configuration_are_removed()
    {
        using var t = new TestExperiments();
        string output = Path.Combine(t.Folder, "out");
        await RunAsync(t.Load(TestExperiments.Queue), output);
        Assert.True(File.Exists(Path.Combine(output, ResultFiles.Comparisons)));
        Assert.True(File.Exists(Path.Combine(output, "plot-mean_waiting_time-vs-arrival_rate.png")));

        string other = TestExperiments.Queue.Replace("\"Baseline\": \"light\",", "").Replace("\"X\": \"arrival_rate\"", "\"Series\": \"arrival_rate\"");
        await RunAsync(t.Load(other), output);
        Assert.False(File.Exists(Path.Combine(output, ResultFiles.Comparisons)));
        Assert.False(File.Exists(Path.Combine(output, "plot-mean_waiting_time-vs-arrival_rate.png")));
        Assert.True(File.Exists(Path.Combine(output, "plot-mean_waiting_time-vs-scenario-by-arrival_rate.png")));
        Assert.True(File.Exists(Path.Combine(output, ResultFiles.Summary)));
    }

    [Fact]
    public async Task A_committed_result_folder_without_its_manifest_accepts_every_file_a_run_writes()
    {
        // A clean clone has no .sparesim-files (git-ignored): the files a run writes, time series and
        // decision logs included, must still count as outputs of an earlier run, not as foreign files.
        using var t = new TestExperiments();
        string output = Path.Combine(t.Folder, "out");
        await RunAsync(t.Load(TestExperiments.Queue), output);
        File.Delete(Path.Combine(output, OutputFolder.ManifestName));
        foreach (var name in new[] { ResultFiles.TimeSeries, ResultFiles.Recovery, ResultFiles.Events, RecordingWriter.Mitigations })
            File.WriteAllText(Path.Combine(output, name), "an earlier run's file");
        await RunAsync(t.Load(TestExperiments.Queue), output);
        Assert.False(File.Exists(Path.Combine(output, ResultFiles.Events)), "an output this run did not write again is removed");
    }

    [Fact]
    public async Task A_folder_with_foreign_files_is_refused_unless_forced_and_an_input_is_never_overwritten()
    {
        using var t = new TestExperiments();
        var d = t.Load(TestExperiments.Queue); // written to Folder/experiment.json
        string input = Path.Combine(t.Folder, "experiment.json");
        string before = File.ReadAllText(input);

        var refused = await Assert.ThrowsAsync<ExperimentInputException>(() => RunAsync(d, t.Folder, inputs: input));
        Assert.Contains("would overwrite its input", refused.Message);
        refused = await Assert.ThrowsAsync<ExperimentInputException>(() => RunAsync(d, t.Folder, force: true, inputs: input));
        Assert.Contains("would overwrite its input", refused.Message);
        Assert.Equal(before, File.ReadAllText(input));

        string mine = Path.Combine(t.Folder, "mine");
        Directory.CreateDirectory(mine);
        File.WriteAllText(Path.Combine(mine, "notes.txt"), "keep");
        File.WriteAllText(Path.Combine(mine, ResultFiles.Report), "my own report");
        refused = await Assert.ThrowsAsync<ExperimentInputException>(() => RunAsync(d, mine));
        Assert.Contains("holds 2 file(s) that no sparesim run wrote (notes.txt, report.md)", refused.Message);
        Assert.Equal("my own report", File.ReadAllText(Path.Combine(mine, ResultFiles.Report)));

        await RunAsync(d, mine, force: true);
        Assert.Equal("keep", File.ReadAllText(Path.Combine(mine, "notes.txt")));
        await Assert.ThrowsAsync<ExperimentInputException>(() => RunAsync(d, mine)); // notes.txt is still not the run's
        File.Delete(Path.Combine(mine, "notes.txt"));
        await RunAsync(d, mine); // report.md is now the run's own (listed in its manifest)
    }

    [Fact]
    public async Task A_second_run_into_a_locked_folder_is_refused_naming_the_process_and_a_stale_lock_is_taken_over()
    {
        using var t = new TestExperiments();
        var d = t.Load(TestExperiments.Queue);
        string output = Path.Combine(t.Folder, "out");
        using (OutputFolderLock.Acquire(output))
        {
            var refused = await Assert.ThrowsAsync<ExperimentInputException>(() => RunAsync(d, output));
            Assert.Contains($"in use by another sparesim run (process {Environment.ProcessId})", refused.Message);
        }
        // A lock left by a killed run: its process no longer exists.
        File.WriteAllText(Path.Combine(output, OutputFolderLock.FileName), $"{int.MaxValue - 7} 638000000000000000");
        await RunAsync(d, output);
        Assert.True(File.Exists(Path.Combine(output, ResultFiles.Summary)));
        Assert.False(File.Exists(Path.Combine(output, OutputFolderLock.FileName)));
    }

    [Fact]
    public async Task A_merge_rejects_a_replication_table_of_another_seed_and_a_damaged_one_naming_the_file()
    {
        using var t = new TestExperiments();
        var d = t.Load(TestExperiments.Queue);
        string s1 = Path.Combine(t.Folder, "s1"), s2 = Path.Combine(t.Folder, "s2"), foreign = Path.Combine(t.Folder, "foreign");
        await RunAsync(d, s1, "1/2");
        await RunAsync(d, s2, "2/2");
        await RunAsync(t.Load(TestExperiments.Queue, "--MasterSeed=99"), foreign, "2/2");
        string table = Path.Combine(s2, ResultFiles.Replications);
        File.Copy(Path.Combine(foreign, ResultFiles.Replications), table, overwrite: true);
        var ex = await Assert.ThrowsAsync<ExperimentInputException>(() => ResultMerger.MergeAsync([s1, s2], Path.Combine(t.Folder, "m"), t.Models));
        Assert.Equal(table, ex.Key);
        Assert.Contains("another configuration", ex.Message);

        File.WriteAllBytes(table, File.ReadAllBytes(Path.Combine(s1, ResultFiles.Replications))[..200]);
        ex = await Assert.ThrowsAsync<ExperimentInputException>(() => ResultMerger.MergeAsync([s1, s2], Path.Combine(t.Folder, "m"), t.Models));
        Assert.Equal(table, ex.Key);
        Assert.Contains("is damaged or not a Parquet file", ex.Message);

        ex = await Assert.ThrowsAsync<ExperimentInputException>(() => ResultMerger.MergeAsync([s1, s2], s1, t.Models));
        Assert.Contains("is one of the shard folders", ex.Message);
    }
}
