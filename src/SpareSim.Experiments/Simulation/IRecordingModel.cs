using SpareSim.Experiments.Configuration;
using SpareSim.Models.Network.Logging;

namespace SpareSim.Experiments.Simulation;

/// <summary>
/// A model that can also record a replication over time: chosen measures on a time grid
/// (<see cref="TimeSeriesSpec"/>) and a bounded decision log. Recording must not change what is
/// simulated: the same replication gives the same measures with and without it.
/// </summary>
public interface IRecordingModel
{
    /// <summary>Null when <paramref name="measure"/> can be sampled on a time grid, else the message (with the measures that can).</summary>
    string? CheckSeriesMeasure(string measure);

    /// <summary>Runs one replication; returns its measures and, in <paramref name="series"/>, the sampled values (measure-major: [m × points + k]).</summary>
    double[] RunReplication(Scenario scenario, ReplicationContext context, TimeSeriesSpec spec, out double[] series);

    /// <summary>Runs one replication with a decision log of at most <paramref name="maxRows"/> rows after the warm-up; <paramref name="dropped"/> counts the rows past the limit.</summary>
    IReadOnlyList<DecisionRecord> RunLogged(Scenario scenario, ReplicationContext context, int maxRows, out long dropped);
}
