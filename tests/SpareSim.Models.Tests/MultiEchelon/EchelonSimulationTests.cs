using SpareSim.Analytics.MultiEchelon;
using SpareSim.Core.Distributions;
using SpareSim.Core.Random;
using SpareSim.Models.MultiEchelon;

namespace SpareSim.Models.Tests.MultiEchelon;

/// <summary>
/// The echelon simulation against exact results: the CMC is an M/G/∞ pipeline (Palm), so its
/// outstanding requests are exactly Poisson-EBO; an RMC that repairs everything locally is exact too;
/// every pipeline mean is exact by Little's law (METRIC's means). Tolerances: 4.5 standard errors
/// over independent replications (a false alarm about once in 150,000 checks).
/// </summary>
public class EchelonSimulationTests
{
    [Fact]
    public void CentralBackordersAndAllPipelineMeansAreExact()
    {
        // Item 164 at m = 75, centralized AM (rt 0.5, φ 0.5), a short CMC: s0 = 10 against μ0 ≈ 10.
        var network = AbidarNetworks.Build(AbidarItem.Item164, AbidarScenario.Centralized, 75, 0.5, 0.5);
        int[] stocks = [10, 4, 2];
        var metric = EchelonMetric.Evaluate(network, stocks);
        var runs = EchelonReplications.Run(EchelonReplications.Abidar(network, stocks), seed: 71, count: 10, warmUp: 20, observedTime: 600);
        runs.AssertClose("CMC outstanding requests", m => m.CentralOutstandingRequests, metric.Central.Backorders);
        runs.AssertClose("CMC pipeline", m => m.Sites[0].Pipeline, metric.Central.Pipeline);
        // In C every request triggers the same replenishment law, so FCFS waits are the same for all: λ0·W0 is exact.
        runs.AssertClose("CMC own-customer backorders", m => m.Sites[0].Backorders, metric.Central.CustomerBackorders);
        for (int j = 0; j < 2; j++)
            runs.AssertClose($"RMC{j + 1} pipeline mean", m => m.Sites[j + 1].Pipeline, metric.Regions[j].PipelineMean);
        double total = metric.Central.Pipeline + metric.Regions.Sum(r => r.PipelineMean);
        runs.AssertClose("N_sys", m => m.SystemPipeline, total);
    }

    [Fact]
    public void LocalOnlyRegionIsPalmExactForAnyRepairLaw()
    {
        // ρ = 1 with lognormal repair (cv 1.5) and AM mixed in: backorders depend on the mean only.
        var central = new CentralDepotConfiguration("CMC", 2, Exponential.FromMean(0.2), Exponential.FromMean(0.1), 0.5, 0.5, 1);
        var region = new RegionalDepotConfiguration("R", 12, 1, LeadTimeDistributions.FromMeanAndCv("lognormal", 0.5, 1.5),
            LeadTimeDistributions.FromMeanAndCv("deterministic", 0.25, 0), 0.4, Exponential.FromMean(0.1), 6);
        var runs = EchelonReplications.Run(new EchelonNetworkConfiguration(central, [region]), seed: 5, count: 10, warmUp: 20, observedTime: 2000);
        double mu = 12 * (0.6 * 0.5 + 0.4 * 0.25);
        runs.AssertClose("RMC backorders", m => m.Sites[1].Backorders, PoissonPipeline.ExpectedBackorders(6, mu));
        runs.AssertClose("RMC fill rate", m => m.Sites[1].FillRate, PoissonPipeline.Cdf(5, mu));
        runs.AssertClose("RMC pipeline variance", m => m.Sites[1].PipelineVariance, mu);
        runs.AssertClose("CMC backorders", m => m.Sites[0].Backorders, PoissonPipeline.ExpectedBackorders(1, 2 * 0.15));
    }

    [Fact]
    public void MetricUnderstatesRegionalBackordersAndVariMetricIsCloser()
    {
        // 164 at m = 150, baseline, s0 = 27 ≈ μ0: the CMC delay varies and the RMC1 pipeline is over-dispersed.
        var network = AbidarNetworks.Build(AbidarItem.Item164, AbidarScenario.Baseline, 150, 1, 0);
        int[] stocks = [27, 10, 4];
        var metric = EchelonMetric.Evaluate(network, stocks);
        var vari = EchelonMetric.Evaluate(network, stocks, PipelineApproximation.VariMetric);
        var runs = EchelonReplications.Run(EchelonReplications.Abidar(network, stocks), seed: 9, count: 10, warmUp: 10, observedTime: 1600);
        var (sim, se) = runs.Of(m => m.Sites[1].Backorders);
        // METRIC is biased low by many standard errors; VARI-METRIC's error is less than half METRIC's.
        Assert.True(sim - metric.Regions[0].Backorders > 6 * se, $"sim {sim:F4} ± {se:F4}, METRIC {metric.Regions[0].Backorders:F4}, VARI {vari.Regions[0].Backorders:F4} mean {vari.Regions[0].PipelineMean:F3} var {vari.Regions[0].PipelineVariance:F3} simvar {runs.Of(m => m.Sites[1].PipelineVariance).Mean:F3}");
        Assert.True(Math.Abs(sim - vari.Regions[0].Backorders) < 0.5 * (sim - metric.Regions[0].Backorders),
            $"sim {sim:F4} ± {se:F4}, METRIC {metric.Regions[0].Backorders:F4}, VARI-METRIC {vari.Regions[0].Backorders:F4}");
        // The VARI-METRIC variance of the pipeline is the simulated one.
        runs.AssertClose("RMC1 pipeline variance", m => m.Sites[1].PipelineVariance, vari.Regions[0].PipelineVariance);
    }

    [Fact]
    public void AmAsFastAsCpMakesTheScenariosEqual()
    {
        // Physical single pool, rt = 1: B, C and D are the same system in law (paired by common random numbers).
        int[] stocks = [1, 1, 1];
        double Total(AbidarScenario sc, int r) => EchelonSimulation.Run(
            EchelonReplications.Abidar(AbidarNetworks.Build(AbidarItem.Item162, sc, 10, 1, 0.9), stocks), new RandomStreams(3, r), 20, 3000).SystemBackorders;
        var b = Enumerable.Range(0, 8).Select(r => Total(AbidarScenario.Baseline, r)).ToArray();
        var c = Enumerable.Range(0, 8).Select(r => Total(AbidarScenario.Centralized, r)).ToArray();
        var d = Enumerable.Range(0, 8).Select(r => Total(AbidarScenario.Decentralized, r)).ToArray();
        double exact = EchelonMetric.Evaluate(AbidarNetworks.Build(AbidarItem.Item162, AbidarScenario.Baseline, 10, 1, 0), stocks).SystemBackorders;
        foreach (var (name, x) in new[] { ("B", b), ("C", c), ("D", d) })
        {
            double mean = x.Average(), se = Math.Sqrt(x.Sum(v => (v - mean) * (v - mean)) / (x.Length - 1) / x.Length);
            // METRIC is close here (spec 3.7: 0.957 vs DES 0.961); allow its small bias on top of the noise.
            Assert.True(Math.Abs(mean - exact) < 4.5 * se + 0.01, $"{name}: {mean:F4} ± {se:F4} vs METRIC {exact:F4}");
        }
    }

    [Fact]
    public void SplitPoolsReproduceThePaperPipelineM()
    {
        // Spec 3.7(b): s per CMC pool, RMC stock 0; E[N_sys] equals the paper-faithful M (Little).
        var pf = AbidarPaperFaithfulEbo.Evaluate(AbidarItem.Item162, AbidarScenario.Centralized, 10, 0.5, 0.9, 2);
        var network = AbidarNetworks.Build(AbidarItem.Item162, AbidarScenario.Centralized, 10, 0.5, 0.9);
        var single = EchelonReplications.Abidar(network, [2, 0, 0]);
        var split = new EchelonNetworkConfiguration(single.Central with { AmPoolStock = 2 }, single.Regions, CentralStockMode.SplitPools);
        var runs = EchelonReplications.Run(split, seed: 11, count: 10, warmUp: 20, observedTime: 3000);
        runs.AssertClose("E[N_sys] = M", m => m.SystemPipeline, pf.TotalPipeline);
        // The paper's number is below the simulated analogue E[(N_sys - s)+] (over-dispersion, spec 3.7: +0.02..0.06).
        var (proxy, se) = runs.Of(m => m.PaperProxyBackorders);
        Assert.True(proxy > pf.Ebo + 2 * se, $"proxy {proxy:F4} ± {se:F4} vs PF {pf.Ebo:F4}");
    }

    [Fact]
    public void SameSeedSameResultAndBadInputIsNamed()
    {
        var network = AbidarNetworks.Build(AbidarItem.Item163, AbidarScenario.Decentralized, 10, 0.5, 0.5);
        var config = EchelonReplications.Abidar(network, [1, 1, 1]);
        var a = EchelonSimulation.Run(config, new RandomStreams(1, 0), 5, 50);
        var b = EchelonSimulation.Run(config, new RandomStreams(1, 0), 5, 50);
        Assert.Equal(a.SystemBackorders, b.SystemBackorders);
        Assert.Equal(a.Events, b.Events);
        Assert.Contains("RMC1: local repair probability", Assert.Throws<ArgumentException>(() =>
            new EchelonNetworkConfiguration(config.Central, [config.Regions[0] with { LocalRepairProbability = 2 }])).Message);
        Assert.Contains("CMC: stock", Assert.Throws<ArgumentException>(() => config.WithStocks([-1, 0, 0])).Message);
        Assert.Throws<ArgumentOutOfRangeException>(() => EchelonSimulation.Run(config, new RandomStreams(1, 0), 5, 0));
    }
}
