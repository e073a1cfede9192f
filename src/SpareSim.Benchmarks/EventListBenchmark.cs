using Stopwatch = System.Diagnostics.Stopwatch;
using SpareSim.Core.Distributions;
using SpareSim.Core.Kernel;
using SpareSim.Core.Random;

namespace SpareSim.Benchmarks;

/// <summary>
/// The hold model without processes: the kernel's event list alone holds n entries, and each
/// operation pops the earliest and pushes it again an EXP(1) time later (one shared target, so
/// no model object is touched). Against <see cref="HoldModelBenchmark"/> at the same n, it tells
/// the event list's part of the time per event from the part of the processes' own memory.
/// </summary>
public static class EventListBenchmark
{
    /// <summary>Runs <paramref name="operations"/> pop-and-push operations on a list of <paramref name="entries"/> entries.</summary>
    public static KernelBenchmarkResult Run(int entries, long operations, ulong seed)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(entries, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(operations, 1);
        var list = new EventQueue();
        var stream = new RandomStreams(seed, 0).Get("holds");
        var hold = Exponential.FromMean(1);
        var target = new object();
        for (int i = 0; i < entries; i++) list.Push(hold.Sample(stream), EventPriority.Normal, EntryKind.Occurrence, target, now: false);
        double start = list.PeekTime;
        var watch = Stopwatch.StartNew();
        double time = start;
        for (long i = 0; i < operations; i++)
        {
            list.Pop(out time, out _, out _);
            list.Push(time + hold.Sample(stream), EventPriority.Normal, EntryKind.Occurrence, target, now: false);
        }
        watch.Stop();
        return new KernelBenchmarkResult($"event-list[n={entries}]", operations, watch.Elapsed.TotalSeconds,
            $"pops per entry and time unit: {operations / (time - start) / entries:F4} (expected 1)");
    }
}
