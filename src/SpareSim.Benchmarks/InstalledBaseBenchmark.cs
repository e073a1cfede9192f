using Stopwatch = System.Diagnostics.Stopwatch;
using SpareSim.Core.Distributions;
using SpareSim.Core.Kernel;
using SpareSim.Core.Random;
using SpareSim.Core.Resources;
using SpareSim.Core.Statistics;

namespace SpareSim.Benchmarks;

/// <summary>
/// An installed base of k = 20 units with exponential failures (rate 0.1 per working unit),
/// one-for-one base stock S = 4 and exponential lead times (mean 2): every unit is a process,
/// spares sit in a store whose waiting gets are the backorders. The check line compares the
/// simulated mean backorders with the exact birth-death solution.
/// </summary>
public sealed class InstalledBaseBenchmark
{
    private const int Units = 20, BaseStock = 4;
    private const double FailureRate = 0.1, LeadTimeMean = 2;

    private readonly Simulation _sim = new();
    private readonly RandomStreams _streams;
    private readonly Store<int> _spares;
    private readonly TimeWeightedStatistic _backorders = new();
    private readonly IDistribution _failure = Exponential.FromRate(FailureRate);
    private readonly IDistribution _leadTime = Exponential.FromMean(LeadTimeMean);
    private readonly RandomStream _leadTimes;

    /// <summary>Creates the model for <paramref name="seed"/>.</summary>
    public InstalledBaseBenchmark(ulong seed)
    {
        _streams = new RandomStreams(seed, 0);
        _leadTimes = _streams.Get("lead-times");
        _spares = new Store<int>(_sim);
        for (int i = 0; i < BaseStock; i++) _spares.Put(i);
    }

    /// <summary>Simulates <paramref name="horizon"/> time units.</summary>
    public KernelBenchmarkResult Run(double horizon)
    {
        for (int u = 0; u < Units; u++) _sim.Process(Unit(u), $"unit-{u}");
        var watch = Stopwatch.StartNew();
        _sim.Run(horizon);
        watch.Stop();
        return new KernelBenchmarkResult("installed-base", _sim.ProcessedEvents, watch.Elapsed.TotalSeconds,
            $"mean backorders: simulated {_backorders.TimeAverage(_sim.Now):F4}, exact {ExactBackorders():F4}");
    }

    private IEnumerable<Event> Unit(int id)
    {
        var failures = _streams.Get($"failures/{id}");
        while (true)
        {
            yield return _sim.Hold(_failure.Sample(failures));
            _sim.Process(Resupply(), "order");
            var replacement = _spares.Take(); // the unit waits in the get queue itself: no get event
            _backorders.Update(_sim.Now, _spares.GetQueue.Count);
            yield return replacement;
        }
    }

    private IEnumerable<Event> Resupply()
    {
        yield return _sim.Hold(_leadTime.Sample(_leadTimes));
        _spares.Add(0); // a put that never waits (the store is unbounded): no put event
        _backorders.Update(_sim.Now, _spares.GetQueue.Count);
    }

    private static double ExactBackorders()
    {
        int n = Units + BaseStock;
        var p = new double[n + 1];
        p[0] = 1;
        for (int r = 0; r < n; r++)
            p[r + 1] = p[r] * FailureRate * Math.Min(Units, Units + BaseStock - r) / ((r + 1) / LeadTimeMean);
        double total = p.Sum(), ebo = 0;
        for (int r = BaseStock; r <= n; r++) ebo += (r - BaseStock) * p[r] / total;
        return ebo;
    }
}
