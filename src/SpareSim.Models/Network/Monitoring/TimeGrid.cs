namespace SpareSim.Models.Network.Monitoring;

/// <summary>The times a series is sampled at: <see cref="From"/> + k × <see cref="Step"/>, k = 0 … <see cref="Points"/> − 1 (model time from the run's start).</summary>
/// <param name="From">The first time.</param>
/// <param name="Step">The spacing (&gt; 0).</param>
/// <param name="Points">The number of times (≥ 1).</param>
public sealed record TimeGrid(double From, double Step, int Points)
{
    /// <summary>The k-th time.</summary>
    public double Time(int k) => From + k * Step;
}
