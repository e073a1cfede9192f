using SpareSim.Experiments.Studies;
using SpareSim.Experiments.Studies.IpLicensing;
using SpareSim.Experiments.Tests.Pipeline;

namespace SpareSim.Experiments.Tests.Studies.IpLicensing;

/// <summary>
/// The reduced version of experiments/ip-licensing-simulation.json through the runner: the
/// simulated buyer costs lie within 4.5 standard errors of the exact Poisson (s, Q) costs, and the
/// paired value destroyed by a royalty within 4.5 standard errors of its exact value, and above 0
/// (Lemma 5.3).
/// </summary>
public class IpSimulationStudyTests
{
    [Fact]
    public async Task Simulated_buyers_match_the_exact_poisson_costs_and_royalties_destroy_value()
    {
        using var t = new TestExperiments();
        var options = new IpSimulationOptions
        {
            Output = t.Folder, Replications = 6, RunLength = 2_000, WarmUp = 50, MasterSeed = 11, Rates = [6], ServiceLevels = [0.9], LemmaRoyalties = [0, 50],
        };
        double? coverage = await IpSimulationStudy.RunAsync(options, "test", new StudyContext(null, 2, TextWriter.Null, CancellationToken.None));
        Assert.NotNull(coverage);
        var (validation, _) = await SpareSim.Experiments.Output.ParquetTable.ReadAsync(Path.Combine(t.Folder, "validation.parquet"));
        var exact = (double[])validation.Column("exact_cost");
        var mean = (double[])validation.Column("sim_cost");
        var low = (double[])validation.Column("sim_cost_low");
        var high = (double[])validation.Column("sim_cost_high");
        const double t95 = 2.571; // 5 degrees of freedom
        for (int i = 0; i < exact.Length; i++)
        {
            double se = (high[i] - low[i]) / 2 / t95;
            Assert.True(Math.Abs(mean[i] - exact[i]) <= 4.5 * se, $"scenario {i}: simulated {mean[i]:F2} vs exact {exact[i]:F2}, 4.5 SE = {4.5 * se:F2}");
        }

        var cases = IpSimulationStudy.Cases(options).Where(c => c.Lemma).Select(c => c.Policy).ToList();
        double ExactNet(SpareSim.Experiments.Studies.IpLicensing.BuyerPolicy p) => p.ExactCost - p.Fee - p.Rate * p.Royalty;
        double exactDestroyed = ExactNet(cases[1]) - ExactNet(cases[0]);
        var (lemma, _) = await SpareSim.Experiments.Output.ParquetTable.ReadAsync(Path.Combine(t.Folder, "lemma-5-3.parquet"));
        double destroyed = ((double[])lemma.Column("value_destroyed"))[1];
        double dse = (((double[])lemma.Column("value_destroyed_high"))[1] - ((double[])lemma.Column("value_destroyed_low"))[1]) / 2 / t95;
        Assert.True(Math.Abs(destroyed - exactDestroyed) <= 4.5 * dse, $"value destroyed {destroyed:F2} vs exact {exactDestroyed:F2}, 4.5 SE = {4.5 * dse:F2}");
        Assert.True(((double[])lemma.Column("value_destroyed_low"))[1] > 0);
        Assert.True(((double[])lemma.Column("oem_profit_change_high"))[1] < 0);
    }
}
