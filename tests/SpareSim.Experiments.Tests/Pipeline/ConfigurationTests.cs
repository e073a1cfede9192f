using SpareSim.Experiments.Configuration;
using SpareSim.Experiments.Running;

namespace SpareSim.Experiments.Tests.Pipeline;

public class ConfigurationTests
{
    [Fact]
    public void Binds_scenarios_grid_defaults_and_overrides()
    {
        using var t = new TestExperiments();
        var d = t.Load("""
            { "Name": "g", "Model": "mmc-queue", "Replications": 3, "RunLength": 100, "WarmUp": 10,
              "Parameters": { "service_rate": 2 },
              "Scenarios": [ { "name": "a" }, { "name": "b", "servers": 2 } ],
              "Grid": { "arrival_rate": [0.5, 1.0] } }
            """, "--Replications=4", "--Parameters:service_rate=3");
        Assert.Equal(4, d.Replications);
        Assert.Equal(4, d.Scenarios.Count);
        Assert.Equal(new[] { "a,arrival_rate=0.5", "a,arrival_rate=1", "b,arrival_rate=0.5", "b,arrival_rate=1" }, d.Scenarios.Select(s => s.Name));
        Assert.All(d.Scenarios, s => Assert.Equal(3, s.GetDouble("service_rate")));
        Assert.Equal(2, d.Scenarios[3].GetInt("servers"));
        Assert.Equal(1, d.Scenarios[0].GetInt("servers")); // model default
        Assert.Equal(10, d.WarmUp);
    }

    [Fact]
    public void The_resolved_experiment_loads_back_to_the_same_hash()
    {
        using var t = new TestExperiments();
        var d = t.Load(TestExperiments.Queue);
        var again = t.Load(d.ResolvedJson);
        Assert.Equal(d.ConfigurationHash, again.ConfigurationHash);
        Assert.Equal(d.Scenarios.Select(s => s.Name), again.Scenarios.Select(s => s.Name));
    }

    public static TheoryData<string, string, string> BadInputs => new()
    {
        { """{ "Name": "x", "Model": "no-such-model", "RunLength": 10 }""", "Model", "unknown model" },
        { """{ "Name": "x", "Model": "mmc-queue", "RunLength": 10, "Replicatons": 5 }""", "Replicatons", "unknown key" },
        { """{ "Name": "x", "Model": "mmc-queue", "RunLength": 10, "Scenarios": [ { "arival_rate": 0.5 } ] }""", "Scenarios:0:arival_rate", "unknown parameter" },
        { """{ "Name": "x", "Model": "mmc-queue", "RunLength": 10, "Parameters": { "arrival_rate": -0.5 } }""", "Parameters:arrival_rate", "must be > 0" },
        { """{ "Name": "x", "Model": "mmc-queue", "RunLength": 10, "Parameters": { "service_rate": 0 } }""", "Parameters:service_rate", "must be > 0" },
        { """{ "Name": "x", "Model": "coin", "RunLength": 10, "Parameters": { "success_probability": 1.5 } }""", "Parameters:success_probability", "[0, 1]" },
        { """{ "Name": "x", "Model": "coin", "RunLength": 10, "Grid": { "success_probability": [0.5, -0.1] } }""", "Grid:success_probability:1", "[0, 1]" },
        { """{ "Name": "x", "Model": "mmc-queue", "RunLength": 10, "WarmUp": 10 }""", "WarmUp", "shorter than the run length" },
        { """{ "Name": "x", "Model": "mmc-queue" }""", "RunLength", "required" },
        { """{ "Name": "x", "Model": "mmc-queue", "RunLength": 10, "Replications": 1 }""", "Replications", ">= 2" },
        { """{ "Name": "x", "Model": "coin", "RunLength": 10, "WarmUp": "mser5" }""", "WarmUp", "pilot series" },
        { """{ "Name": "x", "Model": "mmc-queue", "RunLength": 10, "Parameters": { "arrival_rate": 2 } }""", "Scenarios ('base')", "unstable" },
        { """{ "Name": "x", "Model": "mmc-queue", "RunLength": 10, "Plots": [ { "Measure": "nope" } ] }""", "Plots:0:Measure", "not a measure" },
        { """{ "Name": "x", "Model": "mmc-queue", "RunLength": 10, "MasterSeed": -3 }""", "MasterSeed", "non-negative integer" },
        // A common value the grid varies would never be used (e.g. an override from the command line).
        { """{ "Name": "x", "Model": "mmc-queue", "RunLength": 10, "Parameters": { "servers": 3 }, "Grid": { "servers": [1, 2] } }""", "Parameters:servers", "also varied by Grid (Grid:servers)" },
    };

    [Theory]
    [MemberData(nameof(BadInputs))]
    public void Bad_input_names_the_key_and_the_problem(string json, string key, string problem)
    {
        using var t = new TestExperiments();
        var ex = Assert.Throws<ExperimentInputException>(() => t.Load(json));
        Assert.Equal(key, ex.Key);
        Assert.Contains(problem, ex.Problem);
    }

    [Fact]
    public void A_missing_file_is_bad_input()
    {
        var ex = Assert.Throws<ExperimentInputException>(() => ExperimentLoader.Read("/no/such/experiment.json", []));
        Assert.Contains("does not exist", ex.Message);
    }

    [Theory]
    [InlineData("3/2")]
    [InlineData("0/2")]
    [InlineData("1/0")]
    [InlineData("a/b")]
    [InlineData("1")]
    public void Impossible_shards_are_rejected(string text)
    {
        var ex = Assert.Throws<ExperimentInputException>(() => ShardSpec.Parse(text));
        Assert.Equal("--shard", ex.Key);
    }

    [Fact]
    public void Shards_partition_the_pairs()
    {
        var shards = Enumerable.Range(1, 3).Select(i => ShardSpec.Parse($"{i}/3")).ToList();
        for (long p = 0; p < 100; p++) Assert.Equal(1, shards.Count(s => s.Contains(p)));
    }
}
