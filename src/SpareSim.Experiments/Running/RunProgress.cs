namespace SpareSim.Experiments.Running;

/// <summary>Progress of a run: replications done of those planned, and since when.</summary>
/// <param name="Done">Replications completed (including those resumed from a checkpoint).</param>
/// <param name="Total">Replications planned so far (grows when a precision target adds some).</param>
/// <param name="Resumed">Replications taken from a checkpoint.</param>
/// <param name="ScenariosDone">Scenarios whose replications are all complete.</param>
/// <param name="Scenarios">Scenarios in the run.</param>
/// <param name="Elapsed">Wall-clock time since the run started.</param>
public sealed record RunProgress(int Done, int Total, int Resumed, int ScenariosDone, int Scenarios, TimeSpan Elapsed)
{
    /// <summary>Replications per second computed in this session (resumed ones excluded).</summary>
    public double Rate => Elapsed.TotalSeconds > 0 ? (Done - Resumed) / Elapsed.TotalSeconds : 0;

    /// <summary>Estimated time left at the current rate, or null before the first replication.</summary>
    public TimeSpan? Remaining => Rate > 0 ? TimeSpan.FromSeconds((Total - Done) / Rate) : null;
}
