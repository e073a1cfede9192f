using System.Diagnostics;
using System.Globalization;
using SpareSim.Analytics.DualSourcing;

namespace SpareSim.Benchmarks;

/// <summary>
/// A fixed reduced Knofius Table 2 factorial for tracking the analytical solver's speed: item 1
/// (λC = 0.02, μC = 0.5, cC = 10), λA = 0.035, m = 10, κ = 0.2, and two levels each of k (10, 20),
/// μA (1, 4), cA (10, 30) and b (20, 2000): 16 instances, each solved for CM-only, AM-only and
/// dual sourcing at its greedy optimal base stock, on one thread, instances sharing (k, μA) in
/// sequence with one warm start as the study runner does. The checksum (Σ S*, Σ C*) shows a
/// change in speed did not change the answers.
/// </summary>
public static class AnalyticsBenchmark
{
    /// <summary>Solves the reduced factorial once and times it.</summary>
    public static AnalyticsBenchmarkResult Run()
    {
        var optimizer = new DualSourcingOptimizer();
        var sw = Stopwatch.StartNew();
        int instances = 0;
        long baseStocks = 0;
        double costs = 0;
        foreach (int k in new[] { 10, 20 })
            foreach (double muA in new[] { 1.0, 4 })
            {
                var warmStart = new PolicyWarmStart();
                foreach (double cA in new[] { 10.0, 30 })
                    foreach (double b in new[] { 20.0, 2000 })
                    {
                        var x = new DualSourcingInstance(k, 0.02, 0.5, 10, 0.035, muA, cA, b, 10, 0.2);
                        var cm = SingleSourcingModel.Optimize(x, PartVersion.Cm);
                        var am = SingleSourcingModel.Optimize(x, PartVersion.Am);
                        var dual = optimizer.Optimize(x, warmStart);
                        baseStocks += cm.BaseStock + am.BaseStock + dual.BaseStock;
                        costs += cm.Cost.Total + am.Cost.Total + dual.Optimal.TotalCost;
                        instances++;
                    }
            }
        return new AnalyticsBenchmarkResult(instances, sw.Elapsed.TotalSeconds,
            string.Create(CultureInfo.InvariantCulture, $"sum of optimal S {baseStocks}, sum of optimal costs {costs:F9}"));
    }
}
