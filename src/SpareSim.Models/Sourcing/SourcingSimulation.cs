using SpareSim.Core.Kernel;
using SpareSim.Core.Random;
using SpareSim.Models.Controllers;

namespace SpareSim.Models.Sourcing;

/// <summary>
/// Runs one replication of a <see cref="SourcingSystem"/>: a warm-up whose statistics are
/// discarded, then an observation period whose long-run averages are returned.
/// </summary>
public static class SourcingSimulation
{
    /// <summary>
    /// Simulates <paramref name="configuration"/> under <paramref name="controller"/> for
    /// <paramref name="warmup"/> + <paramref name="observedTime"/> time units with random streams
    /// <paramref name="streams"/>, and returns the measures over the observation period.
    /// </summary>
    public static SourcingMeasures Run(SourcingSystemConfiguration configuration, ISourcingController controller,
        RandomStreams streams, double warmup, double observedTime)
    {
        if (!(warmup >= 0) || !double.IsFinite(warmup))
            throw new ArgumentOutOfRangeException(nameof(warmup), warmup, "the warm-up must be finite and >= 0");
        if (!(observedTime > 0) || !double.IsFinite(observedTime))
            throw new ArgumentOutOfRangeException(nameof(observedTime), observedTime, "the observation period must be finite and > 0");
        var simulation = new Simulation();
        var system = new SourcingSystem(simulation, streams, configuration, controller);
        system.Start();
        simulation.Run(warmup);
        system.ResetStatistics();
        simulation.Run(warmup + observedTime);
        return system.Measures();
    }

    /// <summary>As <see cref="Run"/> without a warm-up, also returning the kernel events processed (for benchmarks).</summary>
    public static SourcingMeasures RunCounting(SourcingSystemConfiguration configuration, ISourcingController controller, RandomStreams streams,
        double observedTime, out long events)
    {
        var simulation = new Simulation();
        var system = new SourcingSystem(simulation, streams, configuration, controller);
        system.Start();
        simulation.Run(observedTime);
        events = simulation.ProcessedEvents;
        return system.Measures();
    }
}
