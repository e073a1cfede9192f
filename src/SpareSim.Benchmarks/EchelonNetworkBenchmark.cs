using Stopwatch = System.Diagnostics.Stopwatch;
using SpareSim.Core.Distributions;
using SpareSim.Core.Random;
using SpareSim.Models.MultiEchelon;

namespace SpareSim.Benchmarks;

/// <summary>
/// The multi-echelon simulation on Abidar &amp; Chaabane's busiest network: item 164, m = 150 failures
/// a year at the CMC and at each of two RMCs, baseline, stocks (27, 10, 9), exponential repairs,
/// deterministic shipping. The check line compares the CMC's outstanding requests with the exact
/// Poisson value EBO(27 | μ0), μ0 = 0.09589 · 285 (Palm).
/// </summary>
public static class EchelonNetworkBenchmark
{
    private const double CmcRepair = 0.095890;

    /// <summary>Simulates <paramref name="years"/> years (one replication, no warm-up beyond 1 year).</summary>
    public static KernelBenchmarkResult Run(double years, ulong seed)
    {
        var central = new CentralDepotConfiguration("CMC", 150, Exponential.FromMean(CmcRepair), Exponential.FromMean(CmcRepair), 0, 0, 27);
        RegionalDepotConfiguration[] regions =
        [
            new("RMC1", 150, 0.2, Exponential.FromMean(0.106849), Exponential.FromMean(0.106849), 0, Deterministic.FromValue(0.054795), 10),
            new("RMC2", 150, 0.9, Exponential.FromMean(0.060274), Exponential.FromMean(0.060274), 0, Deterministic.FromValue(0.082192), 9),
        ];
        var configuration = new EchelonNetworkConfiguration(central, regions);
        var watch = Stopwatch.StartNew();
        var measures = EchelonSimulation.Run(configuration, new RandomStreams(seed, 0), 1, years);
        watch.Stop();
        return new KernelBenchmarkResult("echelon-network", measures.Events, watch.Elapsed.TotalSeconds,
            $"CMC outstanding requests: simulated {measures.CentralOutstandingRequests:F4}, exact {ExactCentralBackorders():F4}");
    }

    private static double ExactCentralBackorders()
    {
        // E[(X - 27)+] for X ~ Poisson(μ0), summed over the tail.
        double mu = CmcRepair * (150 + 150 * 0.8 + 150 * 0.1), p = Math.Exp(-mu), sum = 0;
        for (int k = 1; k < 400; k++)
        {
            p *= mu / k;
            if (k > 27) sum += (k - 27) * p;
        }
        return sum;
    }
}
