using Stopwatch = System.Diagnostics.Stopwatch;
using SpareSim.Core.Distributions;
using SpareSim.Core.Kernel;
using SpareSim.Core.Random;
using SpareSim.Core.Resources;

namespace SpareSim.Benchmarks;

/// <summary>
/// The classic machine-shop model (SimPy's and Sim#'s example), the kernel's reference workload:
/// 10 machines make parts (processing time normal(10, 2) min, truncated at 0); each breaks down
/// after an exponential time with mean 300 min, and then preempts the single repairman, who
/// repairs in 30 min and otherwise works on 30-min jobs of lower priority. Times in minutes.
/// </summary>
public sealed class MachineShopBenchmark
{
    private const double RepairTime = 30;
    private const double JobDuration = 30;
    private const int Machines = 10;

    private readonly Simulation _sim = new();
    private readonly Resource _repairman;
    private readonly IDistribution _processing = TruncatedNormal.FromParent(10, 2, 0);
    private readonly IDistribution _failure = Exponential.FromMean(300);
    private readonly RandomStreams _streams;
    private readonly long[] _partsMade = new long[Machines];

    /// <summary>Creates the shop for <paramref name="seed"/>.</summary>
    public MachineShopBenchmark(ulong seed)
    {
        _repairman = new Resource(_sim, 1);
        _streams = new RandomStreams(seed, 0);
    }

    /// <summary>Simulates <paramref name="weeks"/> weeks and reports events, time and parts made.</summary>
    public KernelBenchmarkResult Run(double weeks)
    {
        var machines = new Process[Machines];
        var broken = new bool[Machines];
        for (int i = 0; i < Machines; i++)
        {
            machines[i] = _sim.Process(Working(i, machines, broken), $"machine-{i}");
            _sim.Process(Breaking(i, machines, broken), $"breaker-{i}");
        }
        _sim.Process(OtherJobs(), "other-jobs");
        var watch = Stopwatch.StartNew();
        _sim.Run(weeks * 7 * 24 * 60);
        watch.Stop();
        double perMachinePer4Weeks = _partsMade.Average() / weeks * 4;
        return new KernelBenchmarkResult("machine-shop", _sim.ProcessedEvents, watch.Elapsed.TotalSeconds,
            $"parts per machine per 4 weeks: {perMachinePer4Weeks:F0} (SimPy's 4-week run of this model makes roughly 3,250-3,350)");
    }

    private IEnumerable<Event> Working(int id, Process[] machines, bool[] broken)
    {
        var processing = _streams.Get($"processing/{id}");
        while (true)
        {
            double doneIn = _processing.Sample(processing);
            while (doneIn > 0)
            {
                double start = _sim.Now;
                yield return _sim.Hold(doneIn);
                if (machines[id].TryGetInterrupt(out _))
                {
                    broken[id] = true;
                    doneIn -= _sim.Now - start;
                    yield return _repairman.Seize(priority: 1, preempt: true);
                    yield return _sim.Hold(RepairTime);
                    _repairman.Release();
                    broken[id] = false;
                }
                else
                {
                    doneIn = 0;
                }
            }
            _partsMade[id]++;
        }
    }

    private IEnumerable<Event> Breaking(int id, Process[] machines, bool[] broken)
    {
        var failures = _streams.Get($"failures/{id}");
        while (true)
        {
            yield return _sim.Hold(_failure.Sample(failures));
            if (!broken[id]) machines[id].Interrupt();
        }
    }

    private IEnumerable<Event> OtherJobs()
    {
        var self = _sim.ActiveProcess!;
        while (true)
        {
            double doneIn = JobDuration;
            while (doneIn > 0)
            {
                yield return _repairman.Seize(priority: 2);
                double start = _sim.Now;
                yield return _sim.Hold(doneIn);
                if (self.TryGetInterrupt(out _)) doneIn -= _sim.Now - start; // preempted: holds nothing
                else doneIn = 0;
                _repairman.Release(); // false after a preemption, as disposing a preempted request does nothing
            }
        }
    }
}
