using System.Text.Json.Nodes;
using SpareSim.Experiments.Output;
using SpareSim.Experiments.Running;

namespace SpareSim.Experiments.Tests.Pipeline;

/// <summary>
/// The runner's Parquet files as readers see them: integer parameters and whole-number measures
/// are integer columns, a value that does not apply is null (not NaN, which poisons avg() in
/// DuckDB and pandas), and the files name the model's time unit and each measure's unit. Shards
/// merged from these files give the unsharded files byte for byte.
/// </summary>
public class ResultColumnTypesTests
{
    // CM-only has an analytic cost, the dual-index rule has none; both at a fixed base stock of 4.
    private const string Experiment = """
        {
          "Name": "types", "Model": "installed-base", "Replications": 4, "RunLength": 400, "WarmUp": 20, "MasterSeed": 5,
          "Parameters": { "k": 12, "base_stock_mode": "fixed", "base_stock": 4 },
          "Scenarios": [ { "name": "cm", "policy": "cm" }, { "name": "rule", "policy": "dual-index", "dual_index_threshold": 0 } ],
          "Baseline": "cm"
        }
        """;

    [Fact]
    public async Task Integers_are_integer_columns_and_missing_values_are_null()
    {
        using var t = new TestExperiments();
        var d = t.Load(Experiment);
        string whole = Path.Combine(t.Folder, "whole");
        await ExperimentSession.RunAsync(d, new RunOptions(whole, 2, ShardSpec.All), TextWriter.Null);

        var (runs, metadata) = await ParquetTable.ReadAsync(Path.Combine(whole, ResultFiles.Replications));
        Assert.Equal(Enumerable.Repeat(12, 8), (int[])runs.Column("k"));
        Assert.Equal(Enumerable.Repeat(4, 8), (int[])runs.Column("base_stock"));
        // The base stock the input fixed, as an integer in every replication.
        Assert.Equal(Enumerable.Repeat((int?)4, 8), (int?[])runs.Column("base_stock_used"));
        var analytic = (double?[])runs.Column("analytic_cost_total");
        Assert.All(analytic.Take(4), a => Assert.True(a is > 0 && double.IsFinite(a.Value)));
        Assert.All(analytic.Skip(4), a => Assert.Null(a));
        Assert.IsType<double?[]>(runs.Column("cost_total"));

        var (summary, _) = await ParquetTable.ReadAsync(Path.Combine(whole, ResultFiles.Summary));
        var mean = (double?[])summary.Column("analytic_cost_total_mean");
        Assert.Equal(analytic[0], mean[0]);
        Assert.Null(mean[1]);
        Assert.Null(((double?[])summary.Column("analytic_cost_total_ci_low"))[1]);
        var (comparisons, _) = await ParquetTable.ReadAsync(Path.Combine(whole, ResultFiles.Comparisons));
        Assert.DoesNotContain("analytic_cost_total", (string[])comparisons.Column("measure"));
        Assert.All((double?[])comparisons.Column("mean_difference"), v => Assert.True(v is { } x && double.IsFinite(x)));

        Assert.Equal("month", metadata["sparesim_time_unit"]);
        var units = JsonNode.Parse(metadata["sparesim_units"])!.AsObject();
        Assert.Equal("cost per month", (string?)units["cost_total"]);
        Assert.Equal("per month", (string?)units["failure_rate"]);
        Assert.Equal("fraction", (string?)units["availability"]);

        // Shards written and merged through these column types give the same files.
        var shards = new List<string>();
        foreach (var shard in new[] { "1/2", "2/2" })
        {
            string folder = Path.Combine(t.Folder, "shard-" + shard.Replace('/', '-'));
            await ExperimentSession.RunAsync(d, new RunOptions(folder, 1, ShardSpec.Parse(shard)), TextWriter.Null);
            shards.Add(folder);
        }
        string merged = Path.Combine(t.Folder, "merged");
        await ResultMerger.MergeAsync(shards, merged, t.Models);
        foreach (var f in new[] { ResultFiles.Replications, ResultFiles.Summary, ResultFiles.Comparisons })
            Assert.Equal(File.ReadAllBytes(Path.Combine(whole, f)), File.ReadAllBytes(Path.Combine(merged, f)));
    }
}
