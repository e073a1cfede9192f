using SpareSim.Experiments.Output;
using SpareSim.Experiments.Studies;
using SpareSim.Experiments.Studies.RemotePrinting;
using SpareSim.Experiments.Tests.Pipeline;

namespace SpareSim.Experiments.Tests.Studies;

/// <summary>
/// Reduced versions of experiments/remote-printing-table31.json and remote-printing-stress.json
/// through the studies' own code: the site runs as a supply-network model file through the
/// experiment runner, and each Table 3.1 policy's simulated cost lies within 4.5 standard errors of
/// its exact value.
/// </summary>
public class RemotePrintingStudyTests
{
    [Fact]
    public async Task Table31StudyRunsThroughTheRunnerAndMatchesTheExactCosts()
    {
        using var t = new TestExperiments();
        var options = new Table31Options { Output = t.Folder, Replications = 6, Days = 56_000, MasterSeed = 31 };
        int missed = await Table31Study.RunAsync(options, "test", new StudyContext(null, 2, TextWriter.Null, CancellationToken.None));
        Assert.True(missed >= 0);
        Assert.True(File.Exists(Path.Combine(t.Folder, StudySimulation.FolderName, "replications.parquet")), "the replications run through the experiment runner");
        Assert.True(File.Exists(Path.Combine(t.Folder, Table31Study.ModelFileName)), "the site is a model file");
        var (table, _) = await ParquetTable.ReadAsync(Path.Combine(t.Folder, "policies.parquet"));
        Assert.Equal(4, table.RowCount);
        var exact = (double[])table.Column("analytic_cost_per_day");
        var mean = (double[])table.Column("sim_mean_cost_per_day");
        var low = (double[])table.Column("sim_ci_low");
        var high = (double[])table.Column("sim_ci_high");
        // 95% t interval over 6 replications (t = 2.571): 4.5 SE is its half-width × 4.5 / 2.571.
        for (int i = 0; i < 4; i++)
        {
            double se = (high[i] - low[i]) / 2 / 2.571;
            Assert.True(Math.Abs(mean[i] - exact[i]) <= 4.5 * se, $"policy {i}: simulated {mean[i]:F4} vs exact {exact[i]:F4}, 4.5 SE = {4.5 * se:F4}");
        }
        Assert.Equal(4.18273, exact[0], 5);
    }

    [Fact]
    public async Task StressStudyEvaluatesTheChosenPoliciesPairedWithTheChaptersPolicy()
    {
        using var t = new TestExperiments();
        var options = new StressOptions
        {
            Output = t.Folder, BaseStocks = [1, 2], PrintThresholds = [2, 14], Replications = 3, Days = 14_000, SearchReplications = 2, SearchDays = 7_000,
            Scenarios = [new StressScenarioOptions { Name = "chapter model" }, new StressScenarioOptions { Name = "cancelled", ConvoyCancellationProbability = 0.25 }],
        };
        Assert.True(await StressStudy.RunAsync(options, "test", new StudyContext(null, 2, TextWriter.Null, CancellationToken.None)));
        var (table, _) = await ParquetTable.ReadAsync(Path.Combine(t.Folder, "scenarios.parquet"));
        Assert.Equal(8, table.RowCount); // 2 scenarios × (chapter, safety stock, re-optimized, availability restored)
        var kind = (string[])table.Column("policy_kind");
        var difference = (double[])table.Column("difference_vs_chapter");
        for (int i = 0; i < kind.Length; i++)
            if (kind[i] == "chapter") Assert.Equal(0, difference[i]);
        Assert.True(File.Exists(Path.Combine(t.Folder, "scenarios", "cancelled", "evaluation", StudySimulation.FolderName, "replications.parquet")));
        Assert.True(File.Exists(Path.Combine(t.Folder, "report.md")));
    }
}
