using SpareSim.Analytics.MultiEchelon;
using SpareSim.Core.Distributions;
using SpareSim.Core.Random;
using SpareSim.Models.MultiEchelon;

namespace SpareSim.Models.Tests.MultiEchelon;

/// <summary>Independent replications of an echelon network, and the analytic network with the same means.</summary>
internal sealed class EchelonReplications
{
    private readonly EchelonMeasures[] _runs;

    private EchelonReplications(EchelonMeasures[] runs) => _runs = runs;

    public static EchelonReplications Run(EchelonNetworkConfiguration configuration, ulong seed, int count, double warmUp, double observedTime)
    {
        var runs = new EchelonMeasures[count];
        Parallel.For(0, count, r => runs[r] = EchelonSimulation.Run(configuration, new RandomStreams(seed, r), warmUp, observedTime));
        return new EchelonReplications(runs);
    }

    public (double Mean, double StandardError) Of(Func<EchelonMeasures, double> measure)
    {
        var x = _runs.Select(measure).ToArray();
        double mean = x.Average();
        double variance = x.Sum(v => (v - mean) * (v - mean)) / (x.Length - 1);
        return (mean, Math.Sqrt(variance / x.Length));
    }

    /// <summary>Asserts the replication mean lies within <paramref name="standardErrors"/> SE of <paramref name="expected"/>.</summary>
    public void AssertClose(string name, Func<EchelonMeasures, double> measure, double expected, double standardErrors = 4.5)
    {
        var (mean, se) = Of(measure);
        double tolerance = standardErrors * se + 1e-9;
        Assert.True(Math.Abs(mean - expected) <= tolerance,
            $"{name}: simulated {mean:G6} ± {se:G3} (SE) vs exact {expected:G6}; |diff| {Math.Abs(mean - expected):G3} > {tolerance:G3}");
    }

    /// <summary>The simulated network of an Abidar scenario, exponential repair/AM and deterministic shipping.</summary>
    public static EchelonNetworkConfiguration Abidar(EchelonNetwork network, IReadOnlyList<int> stocks, string repairFamily = "exponential")
    {
        IDistribution Law(double mean) => repairFamily == "exponential" ? Exponential.FromMean(mean) : LeadTimeDistributions.FromMeanAndCv(repairFamily, mean, 0);
        var c = network.Central;
        var central = new CentralDepotConfiguration(c.Name, c.DemandRate, Law(c.RepairTime), Law(c.AmTime), c.AmProbabilityOwn, c.AmProbabilityRegional, stocks[0]);
        var regions = network.Regions.Select((r, j) => new RegionalDepotConfiguration(r.Name, r.DemandRate, r.LocalRepairProbability,
            Law(r.RepairTime), Law(r.AmTime), r.AmProbability, LeadTimeDistributions.FromMeanAndCv("deterministic", r.ShipTime, 0), stocks[j + 1])).ToArray();
        return new EchelonNetworkConfiguration(central, regions);
    }
}
