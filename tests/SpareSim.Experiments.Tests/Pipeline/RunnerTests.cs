using SpareSim.Experiments.Analysis;
using SpareSim.Experiments.Configuration;
using SpareSim.Experiments.Output;
using SpareSim.Experiments.Running;

namespace SpareSim.Experiments.Tests.Pipeline;

public class RunnerTests
{
    private static async Task<string> RunAsync(TestExperiments t, ExperimentDefinition d, string name, int threads = 2, string shard = "1/1")
    {
        string output = Path.Combine(t.Folder, name);
        await ExperimentSession.RunAsync(d, new RunOptions(output, threads, ShardSpec.Parse(shard)), TextWriter.Null);
        return output;
    }

    private static void AssertSameFile(string a, string b, string file) =>
        Assert.Equal(File.ReadAllBytes(Path.Combine(a, file)), File.ReadAllBytes(Path.Combine(b, file)));

    [Fact]
    public async Task One_thread_and_two_threads_write_identical_files()
    {
        using var t = new TestExperiments();
        var d = t.Load(TestExperiments.Queue);
        string one = await RunAsync(t, d, "one", threads: 1);
        string two = await RunAsync(t, d, "two", threads: 2);
        foreach (var f in new[] { ResultFiles.Replications, ResultFiles.Summary, ResultFiles.Comparisons, ResultFiles.Report })
            AssertSameFile(one, two, f);
    }

    [Fact]
    public async Task Shards_merged_equal_the_unsharded_run()
    {
        using var t = new TestExperiments();
        var d = t.Load(TestExperiments.Queue);
        string whole = await RunAsync(t, d, "whole");
        var shards = new List<string>();
        for (int i = 1; i <= 3; i++) shards.Add(await RunAsync(t, d, $"shard{i}", shard: $"{i}/3"));
        Assert.All(shards, s => Assert.False(File.Exists(Path.Combine(s, ResultFiles.Summary))));
        string merged = Path.Combine(t.Folder, "merged");
        await ResultMerger.MergeAsync(shards, merged, t.Models);
        foreach (var f in new[] { ResultFiles.Replications, ResultFiles.Summary, ResultFiles.Comparisons, ResultFiles.Report })
            AssertSameFile(whole, merged, f);
        var incomplete = await Assert.ThrowsAsync<ExperimentInputException>(() => ResultMerger.MergeAsync(shards.Take(2).ToList(), Path.Combine(t.Folder, "bad"), t.Models));
        Assert.Contains("incomplete", incomplete.Message);
    }

    [Fact]
    public async Task A_resumed_run_equals_an_uninterrupted_one()
    {
        using var t = new TestExperiments();
        var d = t.Load(TestExperiments.Queue);
        string reference = await RunAsync(t, d, "reference");

        string output = Path.Combine(t.Folder, "interrupted");
        using var cancel = new CancellationTokenSource();
        var options = new RunOptions(output, 1, ShardSpec.All, p => { if (p.Done >= 5) cancel.Cancel(); }, cancel.Token);
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => ExperimentSession.RunAsync(d, options, TextWriter.Null));
        Assert.False(File.Exists(Path.Combine(output, ResultFiles.Summary)));
        int saved = Directory.GetFiles(Path.Combine(output, ".partial"), "*.rep").Length;
        Assert.InRange(saved, 5, 11);

        var resumed = new List<RunProgress>();
        await ExperimentSession.RunAsync(d, new RunOptions(output, 2, ShardSpec.All, resumed.Add), TextWriter.Null);
        Assert.Equal(saved, resumed[0].Resumed);
        Assert.False(Directory.Exists(Path.Combine(output, ".partial")));
        foreach (var f in new[] { ResultFiles.Replications, ResultFiles.Summary, ResultFiles.Comparisons })
            AssertSameFile(reference, output, f);
    }

    [Fact]
    public async Task Parquet_files_read_back_with_snake_case_columns_and_provenance()
    {
        using var t = new TestExperiments();
        var d = t.Load(TestExperiments.Queue);
        string output = await RunAsync(t, d, "out");
        var (replications, metadata) = await ParquetTable.ReadAsync(Path.Combine(output, ResultFiles.Replications));
        Assert.Equal(12, replications.RowCount);
        Assert.All(replications.ColumnNames, c => Assert.Matches("^[a-z][a-z0-9_]*$", c));
        Assert.Contains("mean_waiting_time", replications.ColumnNames);
        Assert.Equal(d.ConfigurationHash, metadata["sparesim_configuration_hash"]);
        Assert.Equal("11", metadata["sparesim_master_seed"]);
        Assert.True(metadata.ContainsKey("sparesim_git_commit") && metadata.ContainsKey("sparesim_engine_version"));

        var (summary, _) = await ParquetTable.ReadAsync(Path.Combine(output, ResultFiles.Summary));
        Assert.Equal(2, summary.RowCount);
        var waits = replications.Numbers("mean_waiting_time")!;
        var mean = summary.Numbers("mean_waiting_time_mean")!;
        Assert.Equal(waits.Take(6).Average(), mean[0], 12);
        var low = summary.Numbers("mean_waiting_time_ci_low")!;
        var expected = ConfidenceInterval.FromSample(waits.Take(6).ToList());
        Assert.Equal(expected.Low, low[0], 12);
        Assert.True(File.Exists(Path.Combine(output, "plot-mean_waiting_time-vs-arrival_rate.png")));
    }

    [Fact]
    public void Mser5_finds_the_transient_of_a_queue_started_full()
    {
        using var t = new TestExperiments();
        const string json = """
            { "Name": "m", "Model": "mmc-queue", "Replications": 2, "RunLength": 10000, "WarmUp": "mser5",
              "Scenarios": [ { "name": "empty", "arrival_rate": 0.5 }, { "name": "full", "arrival_rate": 0.5, "initial_queue": 200 } ] }
            """;
        var d = t.Load(json);
        var records = new ExperimentRunner(d, new RunOptions(t.Folder, 2, ShardSpec.All)).Run(null);
        double empty = records.First(r => r.Scenario == 0).WarmUp;
        double full = records.First(r => r.Scenario == 1).WarmUp;
        // 200 waiting customers at service rate 1 and arrival rate 0.5 drain in about 400 time units.
        Assert.InRange(full, 300, 1500);
        Assert.True(empty < full, $"empty {empty}, full {full}");
    }

    [Fact]
    public void Precision_target_adds_replications_until_reached()
    {
        using var t = new TestExperiments();
        var d = t.Load(TestExperiments.Queue, "--TargetRelativeHalfWidth=0.05", "--MaxReplications=200", "--Replications=5");
        var records = new ExperimentRunner(d, new RunOptions(t.Folder, 2, ShardSpec.All)).Run(null);
        foreach (var g in records.GroupBy(r => r.Scenario))
        {
            var ci = ConfidenceInterval.FromSample(g.OrderBy(r => r.Replication).Select(r => r.Values[0]).ToList());
            Assert.True(ci.RelativeHalfWidth <= 0.05 || g.Count() == 200, $"scenario {g.Key}: {g.Count()} replications, relative half-width {ci.RelativeHalfWidth}");
            Assert.True(g.Count() > 5);
        }
        Assert.Throws<ExperimentInputException>(() => new ExperimentRunner(d, new RunOptions(t.Folder, 2, ShardSpec.Parse("1/2"))));
    }
}
