namespace SpareSim.Benchmarks;

/// <summary>The outcome of one kernel benchmark workload: how many events, how long, and a
/// model-level check line showing the run computed something meaningful.</summary>
/// <param name="Name">The workload's name, e.g. "machine-shop".</param>
/// <param name="Events">Kernel events processed.</param>
/// <param name="WallSeconds">Wall-clock seconds of the simulation run.</param>
/// <param name="Check">A human-readable sanity line (model output vs expectation).</param>
public sealed record KernelBenchmarkResult(string Name, long Events, double WallSeconds, string Check)
{
    /// <summary>Events per wall-clock second.</summary>
    public double EventsPerSecond => Events / WallSeconds;
}
