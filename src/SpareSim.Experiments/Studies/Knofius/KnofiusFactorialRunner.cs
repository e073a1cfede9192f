using System.Collections.Concurrent;
using SpareSim.Analytics.DualSourcing;

namespace SpareSim.Experiments.Studies.Knofius;

/// <summary>
/// Solves every instance of a <see cref="KnofiusFactorial"/>: CM-only and AM-only by the exact
/// birth–death model, dual sourcing by policy iteration, each at its greedy optimal base stock.
/// Groups of instances run in parallel, each group in a fixed order with its own warm start, so the
/// results do not depend on the degree of parallelism or on thread scheduling.
/// </summary>
public sealed class KnofiusFactorialRunner
{
    private readonly DualSourcingOptimizer _optimizer = new();

    /// <summary>Solves all instances; <paramref name="progress"/> receives (done, total) after each instance.</summary>
    public IReadOnlyList<KnofiusInstanceResult> Run(KnofiusFactorial design, int degreeOfParallelism, Action<int, int>? progress = null,
        CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(design);
        ArgumentOutOfRangeException.ThrowIfLessThan(degreeOfParallelism, 1);
        var groups = design.Groups();
        int total = groups.Sum(g => g.Count), done = 0;
        var results = new KnofiusInstanceResult[total];
        var options = new ParallelOptions { MaxDegreeOfParallelism = degreeOfParallelism, CancellationToken = cancellation };
        // Largest installed bases first, one group at a time: a k = 30 group takes tens of times
        // longer than a k = 10 one, so left to the end (or to a fixed split of the list) it keeps
        // one thread busy while the others idle. Results are placed by index, so the order of
        // solving changes nothing in them.
        var largestFirst = groups.OrderByDescending(g => g.Count == 0 ? 0 : g[0].Instance.InstalledBase).ToList();
        Parallel.ForEach(Partitioner.Create(largestFirst, EnumerablePartitionerOptions.NoBuffering), options, group =>
        {
            var warmStart = new PolicyWarmStart();
            foreach (var point in group)
            {
                cancellation.ThrowIfCancellationRequested();
                results[point.Index] = SolveOrRecordFailure(point, warmStart);
                progress?.Invoke(Interlocked.Increment(ref done), total);
            }
        });
        return results;
    }

    // One failing instance must not lose the others: it is recorded with NaN costs and its error.
    private KnofiusInstanceResult SolveOrRecordFailure(KnofiusDesignPoint point, PolicyWarmStart warmStart)
    {
        try { return Solve(point, warmStart); }
        catch (InvalidOperationException e)
        {
            var nan = new SourcingCost(double.NaN, double.NaN, double.NaN, double.NaN, double.NaN, double.NaN);
            return new KnofiusInstanceResult(point, -1, nan, -1, nan, -1, nan, double.NaN) { Error = e.Message };
        }
    }

    /// <summary>Solves one instance.</summary>
    public KnofiusInstanceResult Solve(KnofiusDesignPoint point, PolicyWarmStart? warmStart = null)
    {
        ArgumentNullException.ThrowIfNull(point);
        var cm = SingleSourcingModel.Optimize(point.Instance, PartVersion.Cm);
        var am = SingleSourcingModel.Optimize(point.Instance, PartVersion.Am);
        var dual = _optimizer.Optimize(point.Instance, warmStart);
        return new KnofiusInstanceResult(point, cm.BaseStock, cm.Cost, am.BaseStock, am.Cost, dual.BaseStock, dual.Optimal.Cost,
            DepletionAtFirstAmOrder(dual.Optimal));
    }

    /// <summary>
    /// Fig. 5's "x % of the total stock depleted when we first order from the AM source": walking
    /// the on-hand stock down from S, the first level s at which the policy orders AM in the
    /// (stationary-probability weighted) majority of the states with that stock; x = (S − s)/S.
    /// NaN for S = 0 or when no level qualifies.
    /// </summary>
    public static double DepletionAtFirstAmOrder(DualSourcingSolution solution)
    {
        ArgumentNullException.ThrowIfNull(solution);
        int baseStock = solution.BaseStock;
        if (baseStock == 0) return double.NaN;
        var orderAm = new double[baseStock + 1];
        var mass = new double[baseStock + 1];
        var p = solution.StationaryDistribution;
        for (int i = 0; i < solution.Space.Count; i++)
        {
            int s = solution.Space[i].Stock;
            mass[s] += p[i];
            if (solution.ActionAt(i).Order() == PartVersion.Am) orderAm[s] += p[i];
        }
        for (int s = baseStock; s >= 0; s--)
            if (mass[s] > 0 && orderAm[s] >= 0.5 * mass[s]) return (double)(baseStock - s) / baseStock;
        return double.NaN;
    }
}
