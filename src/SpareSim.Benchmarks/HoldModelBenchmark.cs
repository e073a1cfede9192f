using Stopwatch = System.Diagnostics.Stopwatch;
using SpareSim.Core.Distributions;
using SpareSim.Core.Kernel;
using SpareSim.Core.Random;

namespace SpareSim.Benchmarks;

/// <summary>
/// The classic hold model for event lists: n processes, each repeatedly holding for an EXP(1)
/// time, so the event list holds exactly n entries and every event is one hold. The time per
/// event against n shows how the event list scales (O(log n) for a heap, plus the cache misses
/// of a larger working set).
/// </summary>
public static class HoldModelBenchmark
{
    /// <summary>Runs <paramref name="processes"/> processes for about <paramref name="events"/> events.</summary>
    public static KernelBenchmarkResult Run(int processes, long events, ulong seed)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(processes, 1);
        var sim = new Simulation();
        var stream = new RandomStreams(seed, 0).Get("holds");
        var hold = Exponential.FromMean(1);
        IEnumerable<Event> Holder()
        {
            while (true) yield return sim.Hold(hold.Sample(stream));
        }
        for (int i = 0; i < processes; i++) sim.Process(Holder(), "holder");
        sim.Run(1e-9); // the starts, outside the timing
        long before = sim.ProcessedEvents;
        double horizon = (double)events / processes; // rate 1 per process
        var watch = Stopwatch.StartNew();
        sim.Run(sim.Now + horizon);
        watch.Stop();
        long done = sim.ProcessedEvents - before;
        return new KernelBenchmarkResult($"hold[n={processes}]", done, watch.Elapsed.TotalSeconds,
            $"events per process and time unit: {done / horizon / processes:F4} (expected 1)");
    }
}
