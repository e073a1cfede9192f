using System.Globalization;
using SpareSim.Experiments.Configuration;

namespace SpareSim.Experiments.Running;

/// <summary>
/// The resources a run may use, and the estimate of what it needs (from the model's
/// <see cref="Simulation.ISimulationModel.Estimate"/>: events and memory per scenario, plus the
/// records kept for the output), checked before anything runs or is written.
/// </summary>
public static class RunBudget
{
    /// <summary>Simulated events per second and thread assumed for the time estimate (the kernel benchmarks reach about 10 million).</summary>
    public const double EventsPerSecond = 1e7;

    /// <summary>
    /// The most events one replication may have: beyond it the clock (a double) no longer
    /// separates events reliably, and the run would take hours per replication.
    /// </summary>
    public const double MaxEventsPerReplication = 1e12;

    /// <summary>The default memory budget: 80% of the memory available to the process.</summary>
    public static long DefaultMaxMemoryBytes => (long)(GC.GetGCMemoryInfo().TotalAvailableMemoryBytes * 0.8);

    /// <summary>
    /// Checks <paramref name="definition"/> against the budget; returns a one-line estimate
    /// ("about 4.1e+07 events, 3 s on 2 threads, 12 MB").
    /// </summary>
    /// <exception cref="ExperimentInputException">A run too short to measure anything, too long to simulate, or too big for the memory budget.</exception>
    public static string Check(ExperimentDefinition definition, int threads, long maxMemoryBytes)
    {
        ArgumentNullException.ThrowIfNull(definition);
        int replications = definition.TargetRelativeHalfWidth is null ? definition.Replications : definition.MaxReplications;
        string replicationsKey = definition.TargetRelativeHalfWidth is null ? "Replications" : "MaxReplications";
        double horizon = (definition.WarmUp ?? 0) + definition.RunLength;
        double recordBytes = 200 + 16.0 * definition.Model.Measures.Count + 16.0 * definition.Model.Parameters.Count;
        double records = (double)definition.Scenarios.Count * replications * recordBytes;
        double events = 0, preparation = 0, running = 0, largest = 0;
        string sizeKey = "";
        foreach (var scenario in definition.Scenarios)
        {
            if (definition.Model.Estimate(scenario) is not { } e) continue;
            double perReplication = e.EventsPerTimeUnit * definition.RunLength;
            if (perReplication < 1)
                throw new ExperimentInputException("RunLength", F($"{definition.RunLength:G4} is too short for scenario '{scenario.Name}': a replication would see about {perReplication:G3} events (about {e.EventsPerTimeUnit:G3} per time unit), so its measures would be undefined; give at least {1 / e.EventsPerTimeUnit:G3}"));
            if (e.EventsPerTimeUnit * horizon > MaxEventsPerReplication)
                throw new ExperimentInputException(definition.WarmUp > definition.RunLength ? "WarmUp" : "RunLength", F($"{horizon:G4} time units are too long for scenario '{scenario.Name}': about {e.EventsPerTimeUnit * horizon:G3} events per replication (more than 1E+12), about {Duration(e.EventsPerTimeUnit * horizon / EventsPerSecond)} each; shorten the run"));
            events += e.EventsPerTimeUnit * horizon * replications;
            double parallel = e.ReplicationBytes * Math.Min(threads, replications);
            if (e.PreparationBytes + parallel > largest)
            {
                largest = e.PreparationBytes + parallel;
                sizeKey = e.SizeParameter;
            }
            preparation += e.PreparationBytes;
            running = Math.Max(running, parallel);
        }
        double total = records + preparation + running;
        if (total > maxMemoryBytes)
        {
            string key = records >= preparation + running ? replicationsKey : sizeKey;
            throw new ExperimentInputException(key, F($"the run would need about {Bytes(total)} of memory ({Bytes(records)} for {definition.Scenarios.Count} scenarios x {replications} replications of results, {Bytes(preparation + running)} for the model at {threads} threads); the limit is {Bytes(maxMemoryBytes)} (--max-memory); reduce {key}"));
        }
        string time = events > 0 ? F($"about {events:G2} events, {Duration(events / (EventsPerSecond * threads))} on {threads} threads, ") : "";
        return $"estimate: {time}{Bytes(total)} of memory";
    }

    private static string F(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    /// <summary>A size in B, kB, MB, GB, TB (powers of 1000).</summary>
    public static string Bytes(double bytes)
    {
        string[] units = ["B", "kB", "MB", "GB", "TB", "PB"];
        int u = 0;
        while (bytes >= 1000 && u < units.Length - 1) { bytes /= 1000; u++; }
        return bytes >= 1000 ? F($"{bytes:G3} {units[u]}") : F($"{bytes:0.#} {units[u]}");
    }

    /// <summary>A duration in seconds as "12 s", "3.5 min", "2.1 h", "4.2 days" or "3e+05 years".</summary>
    public static string Duration(double seconds) =>
        seconds < 90 ? F($"{Math.Max(seconds, 0):0.#} s")
        : seconds < 5400 ? F($"{seconds / 60:0.#} min")
        : seconds < 172_800 ? F($"{seconds / 3600:0.#} h")
        : seconds < 3.15e7 * 2 ? F($"{seconds / 86_400:0.#} days")
        : F($"{seconds / 3.15e7:G2} years");
}
