using System.Globalization;
using SpareSim.Analytics.DualSourcing;
using SpareSim.Core.Random;
using SpareSim.Experiments.Analysis;
using SpareSim.Experiments.Configuration;
using SpareSim.Experiments.Models.SupplyNetwork;
using SpareSim.Experiments.Output;
using SpareSim.Experiments.Running;
using SpareSim.Experiments.Simulation;
using SpareSim.Experiments.Tests.Pipeline;

namespace SpareSim.Experiments.Tests.Network;

/// <summary>
/// The supply-network model through the experiment layer: the dual-sourcing system of Knofius et
/// al. (2020) written as a model file, checked against the analytic optimum, the analytic policy
/// read back from the core's CSV, and scenario values set by model-file path.
/// </summary>
public class SupplyNetworkModelTests
{
    // Quickstart instance: k = 20, λC = 0.02, μC = 0.5, cC = 10, λA = 0.035, μA = 2, cA = 20, b = 200, m = 10, κ = 0.2.
    private static readonly DualSourcingInstance Instance = new(20, 0.02, 0.5, 10, 0.035, 2, 20, 200, 10, 0.2);

    private static string ModelFile(int stock, string controller) => $$"""
        {
          "name": "knofius-item",
          "timeUnit": "month",
          "parts": [ { "name": "part", "versions": [ { "name": "cm", "price": 10 }, { "name": "am", "price": 20 } ] } ],
          "sites": [ { "name": "base" } ],
          "sources": [
            { "name": "cm-supplier", "kind": "supplier", "leadTime": { "family": "exponential", "mean": 2 } },
            { "name": "am-supplier", "kind": "supplier", "leadTime": { "family": "exponential", "mean": 0.5 } }
          ],
          "installedBases": [ { "name": "fleet", "site": "base", "part": "part", "systems": 20,
            "lifetime": { "cm": { "family": "exponential", "mean": 50 }, "am": { "family": "exponential", "mean": {{(1 / 0.035).ToString("R", CultureInfo.InvariantCulture)}} } },
            "downtimeCost": 200, "costPerFailure": 10 } ],
          "stockPoints": [ { "site": "base", "part": "part", "stock": { "cm": {{stock}} }, "holdingRate": 0.2, "controller": {{controller}} } ]
        }
        """;

    private const string Optimal = """{ "kind": "dual-sourcing-optimal", "sources": { "cm": "cm-supplier", "am": "am-supplier" } }""";

    private static double[][] Replicate(SupplyNetworkModel model, int replications, double runLength, double warmUp)
    {
        var scenario = new Scenario(0, "base", new Dictionary<string, string>());
        return Enumerable.Range(0, replications)
            .Select(r => model.RunReplication(scenario, new ReplicationContext(new RandomStreams(4242, r), r, runLength, warmUp)))
            .ToArray();
    }

    [Fact]
    public void The_dual_sourcing_optimum_as_a_network_matches_the_exact_cost()
    {
        using var t = new TestExperiments();
        var optimum = new DualSourcingOptimizer().Optimize(Instance).Optimal;
        var model = new SupplyNetworkModel(t.Write(ModelFile(optimum.BaseStock, Optimal), "network.json"), NetworkControllers.Registry());
        int cost = model.Measures.ToList().IndexOf("cost_total");
        var runs = Replicate(model, 20, 20_000, 500);
        var ci = ConfidenceInterval.FromSample(runs.Select(r => r[cost]).ToArray());
        Assert.True(ci.Low <= optimum.TotalCost && optimum.TotalCost <= ci.High,
            $"exact {optimum.TotalCost:F4} (S={optimum.BaseStock}) outside the simulated 95% CI [{ci.Low:F4}, {ci.High:F4}]");
        Assert.True(ci.HalfWidth / ci.Mean < 0.01, $"CI too wide to be a check: ±{ci.HalfWidth:F4}");
    }

    [Fact]
    public void A_policy_written_by_the_analytic_core_and_read_from_csv_gives_bit_identical_results()
    {
        using var t = new TestExperiments();
        var optimum = new DualSourcingOptimizer().Optimize(Instance).Optimal;
        using (var writer = new StreamWriter(Path.Combine(t.Folder, "policy.csv"))) optimum.Policy().WriteCsv(writer);
        var builtIn = new SupplyNetworkModel(t.Write(ModelFile(optimum.BaseStock, Optimal), "built-in.json"), NetworkControllers.Registry());
        var fromFile = new SupplyNetworkModel(t.Write(ModelFile(optimum.BaseStock,
            """{ "kind": "state-table", "file": "policy.csv", "sources": { "cm": "cm-supplier", "am": "am-supplier" } }"""), "from-file.json"), NetworkControllers.Registry());
        var a = Replicate(builtIn, 3, 5_000, 100);
        var b = Replicate(fromFile, 3, 5_000, 100);
        for (int r = 0; r < a.Length; r++) Assert.Equal(a[r], b[r]);
        // The policy uses AM at all (otherwise the check would be trivial).
        Assert.True(a[0][builtIn.Measures.ToList().IndexOf("order_rate_base_part_am")] > 0);
    }

    [Fact]
    public async Task Scenarios_set_model_file_values_by_path_and_the_runner_writes_them()
    {
        using var t = new TestExperiments();
        t.Write(ModelFile(4, """{ "kind": "base-stock", "source": "cm-supplier", "version": "cm" }"""), "network.json");
        string json = $$"""
            {
              "Name": "network-grid", "Model": "supply-network", "ModelFile": "{{Path.Combine(t.Folder, "network.json").Replace("\\", "/")}}",
              "Replications": 3, "RunLength": 2000, "WarmUp": 100, "MasterSeed": 5,
              "Grid": { "stockPoints:base/part:stock:cm": [2, 6] },
              "Scenarios": [ { "name": "slow", "sources": { "cm-supplier": { "leadTime": { "mean": 4 } } } }, { "name": "fast" } ],
              "Baseline": "fast,stockPoints:base/part:stock:cm=2",
              "PrimaryMeasure": "availability"
            }
            """;
        var d = t.Load(json);
        Assert.Equal(4, d.Scenarios.Count);
        Assert.Equal("4", d.Scenarios[0].Values["sources:cm-supplier:leadTime:mean"]);
        Assert.Equal("2", d.Scenarios[2].Values["sources:cm-supplier:leadTime:mean"]);
        string output = Path.Combine(t.Folder, "out");
        var records = await ExperimentSession.RunAsync(d, new RunOptions(output, 2, ShardSpec.Parse("1/1")), TextWriter.Null);
        int availability = d.Model.Measures.ToList().IndexOf("availability");
        double Mean(int s) => records.Where(r => r.Scenario == s).Average(r => r.Values[availability]);
        // More stock and a faster supplier each raise availability (paired by common random numbers).
        Assert.True(Mean(1) > Mean(0) && Mean(3) > Mean(2) && Mean(2) > Mean(0));
        var (table, _) = await ParquetTable.ReadAsync(Path.Combine(output, ResultFiles.Replications));
        Assert.Contains("set_stockpoints_base_part_stock_cm", table.ColumnNames);
    }

    [Theory]
    [InlineData("stockPoints:base/part:stock:xx", "no value at this path")]
    [InlineData("sites:nowhere:shipTime", "no value at this path")]
    [InlineData("sources:cm-supplier:leadTime:mean", "must be > 0")]
    [InlineData("stockPoints:base/part:holdingRate", "must be >= 0")]
    public void A_bad_path_or_value_is_an_input_error_naming_it(string path, string message)
    {
        using var t = new TestExperiments();
        t.Write(ModelFile(4, """{ "kind": "base-stock", "source": "cm-supplier" }"""), "network.json");
        string json = $$"""
            { "Name": "bad", "Model": "supply-network", "ModelFile": "{{Path.Combine(t.Folder, "network.json").Replace("\\", "/")}}",
              "Replications": 2, "RunLength": 100, "Parameters": { "{{path}}": -1 } }
            """;
        var e = Assert.Throws<ExperimentInputException>(() => t.Load(json));
        Assert.Contains(message, e.Message);
    }

    [Fact]
    public void A_bad_model_file_is_an_input_error_with_the_json_path()
    {
        using var t = new TestExperiments();
        t.Write(ModelFile(4, """{ "kind": "base-stock", "source": "am-bureau" }"""), "network.json");
        string json = $$"""
            { "Name": "bad", "Model": "supply-network", "ModelFile": "{{Path.Combine(t.Folder, "network.json").Replace("\\", "/")}}", "Replications": 2, "RunLength": 100 }
            """;
        var e = Assert.Throws<ExperimentInputException>(() => t.Load(json));
        Assert.Equal("ModelFile", e.Key);
        Assert.Contains("$.stockPoints[base/part].controller.source", e.Message);
        var missing = Assert.Throws<ExperimentInputException>(() => t.Load(json.Replace("\"ModelFile\": ", "\"X\": ")));
        Assert.Contains("X", missing.Key);
    }
}
