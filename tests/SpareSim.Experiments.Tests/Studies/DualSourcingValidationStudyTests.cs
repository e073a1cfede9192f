using SpareSim.Analytics.DualSourcing;
using SpareSim.Experiments.Models.InstalledBaseSourcing;
using SpareSim.Experiments.Running;
using SpareSim.Experiments.Studies;
using SpareSim.Experiments.Studies.DualSourcingValidation;
using SpareSim.Experiments.Tests.Pipeline;

namespace SpareSim.Experiments.Tests.Studies;

/// <summary>
/// The reduced version of experiments/dual-sourcing-validation.json: a few Table 2 instances,
/// fewer and shorter replications, through the study's own code path (the installed-base model on
/// the network engine, run by the experiment runner). The simulated mean total cost must lie within
/// 4.5 standard errors of the analytic (MDP) optimum.
/// </summary>
public class DualSourcingValidationStudyTests
{
    public static TheoryData<int, double, double, double, double, double, double, double, double, double> Instances => new()
    {
        // k, lambdaC, muC, lambdaA, muA, cA, b, m, kappa, (cC = 10)
        { 10, 0.02, 0.5, 0.0175, 1, 10, 20, 2, 0.15, 10 },
        { 20, 0.015, 0.25, 0.035, 4, 10, 20, 18, 0.2, 10 },
        { 30, 0.01, 0.15, 0.0525, 4, 30, 2000, 18, 0.25, 10 },
    };

    [Theory]
    [MemberData(nameof(Instances))]
    public async Task Simulated_cost_under_the_optimal_policy_matches_the_mdp(int k, double lambdaC, double muC, double lambdaA, double muA,
        double priceA, double backorder, double maintenance, double holding, double priceC)
    {
        using var t = new TestExperiments();
        var instance = new DualSourcingInstance(k, lambdaC, muC, priceC, lambdaA, muA, priceA, backorder, maintenance, holding);
        var optimum = new DualSourcingOptimizer().Optimize(instance).Optimal;
        var experiment = InstalledBaseModel.Experiment("validation-test", "test", [InstalledBaseModel.Scenario("test", instance, optimum.BaseStock, "dual", InstalledBaseNetwork.Laws.Exponential)],
            replications: 8, runLength: 20_000, warmUp: 500, masterSeed: 7);
        var simulated = await StudySimulation.RunAsync(experiment, t.Folder, new StudyContext(null, 2, TextWriter.Null, CancellationToken.None));
        var row = DualSourcingValidationStudy.Row("test", 0, instance, optimum, measure => simulated!.Values(0, measure));
        double analytic = row.Numbers["analytic_cost"];
        double mean = row.Numbers["sim_mean_cost"];
        // The study reports a 95% t interval over 8 replications (t = 2.365); 4.5 SE is its half-width x 4.5 / 2.365.
        double standardError = (row.Numbers["sim_ci_high"] - row.Numbers["sim_ci_low"]) / 2 / 2.365;
        Assert.True(Math.Abs(mean - analytic) <= 4.5 * standardError,
            $"simulated {mean:F4} vs analytic {analytic:F4}, 4.5 SE = {4.5 * standardError:F4}");
    }

    [Fact]
    public async Task The_study_runs_through_the_runner_in_shards_and_analyses_the_merged_replications()
    {
        using var t = new TestExperiments();
        var options = new DualSourcingValidationOptions { Output = t.Folder, Instances = 2, Replications = 4, RunLength = 2_000, WarmUp = 100, MasterSeed = 3, DegreeOfParallelism = 2 };
        var log = new StringWriter();
        var context = new StudyContext(null, 2, log, CancellationToken.None);

        // Two shards, then a merge, then the study again: it analyses the merged file without simulating.
        Assert.Null(await DualSourcingValidationStudy.RunAsync(options, "test", context with { Shard = new ShardSpec(1, 2) }));
        Assert.Null(await DualSourcingValidationStudy.RunAsync(options, "test", context with { Shard = new ShardSpec(2, 2) }));
        Assert.False(File.Exists(Path.Combine(t.Folder, "summary.parquet")), "a shard must not write the study's summary");
        string simulation = Path.Combine(t.Folder, StudySimulation.FolderName);
        await SpareSim.Experiments.Output.ResultMerger.MergeAsync(
            [Path.Combine(simulation, "shard-1-of-2"), Path.Combine(simulation, "shard-2-of-2")], simulation, Catalog.Models());
        double? coverage = await DualSourcingValidationStudy.RunAsync(options, "test", context);
        Assert.NotNull(coverage);
        Assert.Contains("using the 8 replications", log.ToString());
        Assert.True(File.Exists(Path.Combine(t.Folder, "summary.parquet")));

        // The same numbers as one unsharded run into another folder.
        using var u = new TestExperiments();
        double? whole = await DualSourcingValidationStudy.RunAsync(new DualSourcingValidationOptions
        {
            Output = u.Folder, Instances = 2, Replications = 4, RunLength = 2_000, WarmUp = 100, MasterSeed = 3, DegreeOfParallelism = 2,
        }, "test", new StudyContext(null, 2, TextWriter.Null, CancellationToken.None));
        Assert.Equal(coverage, whole);
        var definition = ExperimentSession.Load(Path.Combine(t.Folder, StudySimulation.ExperimentFileName), [], Catalog.Models());
        var merged = await SpareSim.Experiments.Output.ResultMerger.ReadRecordsAsync(Path.Combine(simulation, "replications.parquet"), definition);
        var single = await SpareSim.Experiments.Output.ResultMerger.ReadRecordsAsync(Path.Combine(u.Folder, StudySimulation.FolderName, "replications.parquet"), definition);
        Assert.Equal(single.Count, merged.Count);
        for (int i = 0; i < single.Count; i++) Assert.Equal(single[i].Values, merged[i].Values);
    }
}
