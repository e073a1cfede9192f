using System.Globalization;
using DuckDB.NET.Data;
using SpareSim.Experiments.Configuration;
using SpareSim.Experiments.Output;
using SpareSim.Experiments.Running;
using SpareSim.Experiments.Tests.Pipeline;

namespace SpareSim.Experiments.Tests.Network;

/// <summary>
/// A short stress run written and read back with DuckDB (an independent Parquet reader, the
/// DuckDB.NET package with its native library, restored from NuGet like every package, so CI has
/// it): the decision log's rows match the orders counted in <c>replications.parquet</c>, its
/// disruption rows the model file's window, its size limit holds; the time series has one row per
/// (scenario, replication, time, measure) and shows the disruption where the file puts it.
/// </summary>
public class StressRecordingTests
{
    private const string Model = """
        {
          "parts": [ { "name": "pump", "versions": [ { "name": "cm" } ] } ],
          "sites": [ { "name": "base" } ],
          "sources": [ { "name": "supplier", "kind": "supplier", "leadTime": { "family": "exponential", "mean": 3 } } ],
          "installedBases": [ { "name": "fleet", "site": "base", "part": "pump", "systems": 10, "failureMode": "poisson",
                                "lifetime": { "cm": { "family": "exponential", "mean": 10 } } } ],
          "stockPoints": [ { "site": "base", "part": "pump", "stock": { "cm": 4 }, "controller": { "kind": "base-stock", "source": "supplier" } } ],
          "disruptions": [ { "name": "strike", "kind": "outage", "element": "sources:supplier", "enabled": true, "windows": [ { "start": 50, "duration": 30 } ] } ]
        }
        """;

    private static string Experiment(string modelFile, int maxRows) => $$"""
        {
          "Name": "stress-log", "Model": "supply-network", "ModelFile": "{{modelFile}}",
          "Replications": 4, "RunLength": 180, "WarmUp": 20, "MasterSeed": 9,
          "Grid": { "disruptions:strike:enabled": ["false", "true"] },
          "Baseline": "disruptions:strike:enabled=false", "PrimaryMeasure": "availability",
          "TimeSeries": { "From": 0, "Step": 2, "To": 198, "Measures": ["availability", "pipeline_base_pump", "disrupted_strike"] },
          "Stress": { "Disruptions": ["disruptions:strike:enabled"] },
          "DecisionLog": { "MaxRows": {{maxRows}}, "Replications": 1 }
        }
        """;

    [Fact]
    public async Task The_decision_log_and_time_series_read_back_with_DuckDB()
    {
        using var t = new TestExperiments();
        t.Write(Model, "network.json");
        string modelFile = Path.Combine(t.Folder, "network.json").Replace("\\", "/");
        string output = Path.Combine(t.Folder, "out");
        var d = t.Load(Experiment(modelFile, 100_000));
        await ExperimentSession.RunAsync(d, new RunOptions(output, 2, ShardSpec.Parse("1/1")), TextWriter.Null);

        using var db = new DuckDBConnection("DataSource=:memory:");
        db.Open();
        string events = Quote(Path.Combine(output, ResultFiles.Events)), reps = Quote(Path.Combine(output, ResultFiles.Replications));
        // One decision per order of the observation period: order_rate × RunLength in replications.parquet.
        foreach (string scenario in d.Scenarios.Select(s => s.Name))
        {
            long decisions = Scalar<long>(db, $"SELECT count(*) FROM read_parquet({events}) WHERE event = 'decision' AND scenario = '{scenario}' AND replication = 0");
            double orders = Scalar<double>(db, $"SELECT order_rate_base_pump * 180 FROM read_parquet({reps}) WHERE scenario = '{scenario}' AND replication = 0");
            Assert.Equal(Math.Round(orders), decisions);
            Assert.True(decisions > 50);
        }
        Assert.Equal(0, Scalar<long>(db, $"SELECT count(*) FROM read_parquet({events}) WHERE replication <> 0"));
        Assert.Equal("base-stock", Scalar<string>(db, $"SELECT DISTINCT controller FROM read_parquet({events}) WHERE event = 'decision'"));
        Assert.Equal("install cm; order cm from supplier", Scalar<string>(db, $"SELECT DISTINCT action FROM read_parquet({events}) WHERE event = 'decision'"));
        Assert.Equal(0, Scalar<long>(db, $"SELECT count(*) FROM read_parquet({events}) WHERE event = 'decision' AND state NOT LIKE 'on_hand cm=%; pipeline cm=%; backorders %; failed cm'"));
        // The disruption: on only where enabled, from 50 to 80 as the file says.
        Assert.Equal(50.0, Scalar<double>(db, $"SELECT time FROM read_parquet({events}) WHERE event = 'disruption-start' AND scenario = 'disruptions:strike:enabled=true'"));
        Assert.Equal(80.0, Scalar<double>(db, $"SELECT time FROM read_parquet({events}) WHERE event = 'disruption-end' AND scenario = 'disruptions:strike:enabled=true'"));
        Assert.Equal(0, Scalar<long>(db, $"SELECT count(*) FROM read_parquet({events}) WHERE event LIKE 'disruption%' AND scenario = 'disruptions:strike:enabled=false'"));
        Assert.Equal(0, Scalar<long>(db, $"SELECT count(*) FROM read_parquet({events}) WHERE time < 20"));

        string series = Quote(Path.Combine(output, ResultFiles.TimeSeries));
        Assert.Equal(2L * 4 * 3 * 100, Scalar<long>(db, $"SELECT count(*) FROM read_parquet({series})"));
        Assert.Equal(1.0, Scalar<double>(db, $"SELECT avg(value) FROM read_parquet({series}) WHERE measure = 'disrupted_strike' AND scenario = 'disruptions:strike:enabled=true' AND time >= 50 AND time < 80"));
        Assert.Equal(0.0, Scalar<double>(db, $"SELECT sum(value) FROM read_parquet({series}) WHERE measure = 'disrupted_strike' AND (time < 50 OR time >= 80 OR scenario = 'disruptions:strike:enabled=false')"));
        // Orders wait during the strike: the pipeline just before its end is far above the undisrupted run's.
        double struck = Scalar<double>(db, $"SELECT avg(value) FROM read_parquet({series}) WHERE measure = 'pipeline_base_pump' AND time = 78 AND scenario = 'disruptions:strike:enabled=true'");
        double calm = Scalar<double>(db, $"SELECT avg(value) FROM read_parquet({series}) WHERE measure = 'pipeline_base_pump' AND time = 78 AND scenario = 'disruptions:strike:enabled=false'");
        Assert.True(struck > calm + 10, $"pipeline at t = 78: {struck} with the strike, {calm} without");
        Assert.True(File.Exists(Path.Combine(output, ResultFiles.Recovery)));
        Assert.Contains("## Mitigation ranking", await File.ReadAllTextAsync(Path.Combine(output, ResultFiles.Report)));
    }

    [Fact]
    public async Task The_decision_log_stops_at_its_size_limit()
    {
        using var t = new TestExperiments();
        t.Write(Model, "network.json");
        string output = Path.Combine(t.Folder, "out");
        var d = t.Load(Experiment(Path.Combine(t.Folder, "network.json").Replace("\\", "/"), 7));
        await ExperimentSession.RunAsync(d, new RunOptions(output, 2, ShardSpec.Parse("1/1")), TextWriter.Null);
        using var db = new DuckDBConnection("DataSource=:memory:");
        db.Open();
        Assert.Equal(7, Scalar<long>(db, $"SELECT count(*) FROM read_parquet({Quote(Path.Combine(output, ResultFiles.Events))})"));
        Assert.Contains("7 rows (limit 7;", await File.ReadAllTextAsync(Path.Combine(output, ResultFiles.Report)));
    }

    [Fact]
    public async Task A_resumed_run_writes_the_same_time_series_as_an_uninterrupted_one()
    {
        using var t = new TestExperiments();
        t.Write(Model, "network.json");
        var d = t.Load(Experiment(Path.Combine(t.Folder, "network.json").Replace("\\", "/"), 100));
        string whole = Path.Combine(t.Folder, "whole"), resumed = Path.Combine(t.Folder, "resumed");
        var all = await ExperimentSession.RunAsync(d, new RunOptions(whole, 2, ShardSpec.Parse("1/1")), TextWriter.Null);
        // A checkpoint holding half the replications, as an interrupted run leaves it.
        Directory.CreateDirectory(resumed);
        var checkpoint = new Checkpoint(resumed, d.ConfigurationHash, ShardSpec.All.ToString());
        foreach (var r in all.Where(r => r.Replication % 2 == 0)) checkpoint.Save(r);
        var log = new StringWriter();
        int resumedCount = 0;
        var again = await ExperimentSession.RunAsync(d, new RunOptions(resumed, 2, ShardSpec.Parse("1/1"), p => resumedCount = p.Resumed), log);
        Assert.Equal(all.Count / 2, resumedCount);
        Assert.DoesNotContain("discarded", log.ToString(), StringComparison.Ordinal);
        Assert.Equal(all.Select(r => r.Series!), again.Select(r => r.Series!));
        var (a, _) = await ParquetTable.ReadAsync(Path.Combine(whole, ResultFiles.TimeSeries));
        var (b, _) = await ParquetTable.ReadAsync(Path.Combine(resumed, ResultFiles.TimeSeries));
        Assert.Equal((double[])a.Column("value"), (double[])b.Column("value"));
    }

    [Fact]
    public async Task Shards_of_a_time_series_and_a_decision_log_merge_into_the_files_of_the_whole_run()
    {
        using var t = new TestExperiments();
        t.Write(Model, "network.json");
        var d = t.Load(Experiment(Path.Combine(t.Folder, "network.json").Replace("\\", "/"), 100));
        string whole = Path.Combine(t.Folder, "whole"), merged = Path.Combine(t.Folder, "merged");
        await ExperimentSession.RunAsync(d, new RunOptions(whole, 2, ShardSpec.Parse("1/1")), TextWriter.Null);
        var shards = new List<string>();
        foreach (string shard in new[] { "1/3", "2/3", "3/3" })
        {
            string folder = Path.Combine(t.Folder, "shard-" + shard[0]);
            await ExperimentSession.RunAsync(d, new RunOptions(folder, 2, ShardSpec.Parse(shard)), TextWriter.Null);
            Assert.True(File.Exists(Path.Combine(folder, ResultFiles.TimeSeries)));
            // Bands, recovery and the log's row limit are about every replication: only the merge writes them.
            Assert.False(File.Exists(Path.Combine(folder, ResultFiles.Recovery)));
            Assert.False(File.Exists(Path.Combine(folder, ResultFiles.Events)));
            shards.Add(folder);
        }
        await ResultMerger.MergeAsync(shards, merged, t.Models);
        foreach (string file in new[] { ResultFiles.TimeSeries, ResultFiles.Recovery, ResultFiles.Events, RecordingWriter.Mitigations, ResultFiles.Summary })
            Assert.True(File.ReadAllBytes(Path.Combine(whole, file)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(merged, file))), file);
        // A shard whose time series is gone names the file.
        File.Delete(Path.Combine(shards[1], ResultFiles.TimeSeries));
        var e = await Assert.ThrowsAsync<ExperimentInputException>(() => ResultMerger.MergeAsync(shards, Path.Combine(t.Folder, "again"), t.Models));
        Assert.Contains($"{ResultFiles.TimeSeries} is missing", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\"DecisionLog\": { \"Replications\": 1 }", "DecisionLog:MaxRows", "size limit")]
    [InlineData("\"DecisionLog\": { \"MaxRows\": 0 }", "DecisionLog:MaxRows", "must be an integer >= 1")]
    [InlineData("\"TimeSeries\": { \"Step\": 1, \"To\": 50, \"Measures\": [\"availability_nowhere\"] }", "TimeSeries:Measures:0", "cannot be sampled")]
    [InlineData("\"TimeSeries\": { \"Step\": 1, \"To\": 500, \"Measures\": [\"availability\"] }", "TimeSeries:To", "before the run's end")]
    [InlineData("\"Stress\": { \"Disruptions\": [\"disruptions:other:enabled\"] }", "Stress:Disruptions:0", "not a parameter")]
    public void Bad_recording_options_name_their_key(string section, string key, string message)
    {
        using var t = new TestExperiments();
        t.Write(Model, "network.json");
        string json = $$"""
            { "Name": "bad", "Model": "supply-network", "ModelFile": "{{Path.Combine(t.Folder, "network.json").Replace("\\", "/")}}",
              "Replications": 2, "RunLength": 180, "WarmUp": 20, "Baseline": "base", {{section}} }
            """;
        var e = Assert.Throws<ExperimentInputException>(() => t.Load(json));
        Assert.Equal(key, e.Key);
        Assert.Contains(message, e.Problem, StringComparison.Ordinal);
    }

    private static string Quote(string path) => "'" + path.Replace("'", "''", StringComparison.Ordinal) + "'";

    private static T Scalar<T>(DuckDBConnection db, string sql)
    {
        using var command = db.CreateCommand();
        command.CommandText = sql;
        object? value = command.ExecuteScalar();
        return (T)Convert.ChangeType(value!, typeof(T), CultureInfo.InvariantCulture);
    }
}
