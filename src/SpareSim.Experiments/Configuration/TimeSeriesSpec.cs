namespace SpareSim.Experiments.Configuration;

/// <summary>
/// The experiment's <c>TimeSeries</c>: measures sampled in every replication at
/// <see cref="From"/> + k × <see cref="Step"/> (model time from the run's start, the warm-up
/// included), written to <c>timeseries.parquet</c> and plotted as the mean over replications
/// with a 95% band. <see cref="Reference"/> is the undisrupted scenario that the others' time to
/// recover and area lost are measured against.
/// </summary>
/// <param name="From">The first time.</param>
/// <param name="Step">The spacing.</param>
/// <param name="Points">The number of times.</param>
/// <param name="Measures">The sampled measures.</param>
/// <param name="Reference">Index of the reference scenario, or null (no recovery table).</param>
public sealed record TimeSeriesSpec(double From, double Step, int Points, IReadOnlyList<string> Measures, int? Reference)
{
    /// <summary>The k-th time.</summary>
    public double Time(int k) => From + k * Step;
}
