namespace SpareSim.Core.Statistics;

/// <summary>
/// Accumulates observations (waiting times, costs per cycle): count, mean, variance, min, max.
/// The mean and variance use Welford's update, stable for long runs; <see cref="Add"/> allocates nothing.
/// </summary>
public sealed class Tally
{
    private double _mean;
    private double _sumSquaredDeviations;

    /// <summary>An empty tally.</summary>
    public Tally() => Reset();

    /// <summary>Number of observations since construction or the last <see cref="Reset"/>.</summary>
    public long Count { get; private set; }

    /// <summary>The sample mean; NaN when empty.</summary>
    public double Mean => Count == 0 ? double.NaN : _mean;

    /// <summary>The sample variance with divisor n-1; NaN with fewer than two observations.</summary>
    public double Variance => Count < 2 ? double.NaN : _sumSquaredDeviations / (Count - 1);

    /// <summary>The sample standard deviation, √<see cref="Variance"/>.</summary>
    public double StandardDeviation => Math.Sqrt(Variance);

    /// <summary>Sum of the observations.</summary>
    public double Sum => Count * _mean;

    /// <summary>The smallest observation; +∞ when empty.</summary>
    public double Minimum { get; private set; }

    /// <summary>The largest observation; -∞ when empty.</summary>
    public double Maximum { get; private set; }

    /// <summary>Records observation <paramref name="value"/> (must not be NaN).</summary>
    public void Add(double value)
    {
        if (double.IsNaN(value)) throw new ArgumentOutOfRangeException(nameof(value), value, "value must not be NaN");
        Count++;
        double delta = value - _mean;
        _mean += delta / Count;
        _sumSquaredDeviations += delta * (value - _mean);
        if (value < Minimum) Minimum = value;
        if (value > Maximum) Maximum = value;
    }

    /// <summary>Forgets every observation, e.g. at the end of the warm-up period.</summary>
    public void Reset()
    {
        Count = 0;
        _mean = 0;
        _sumSquaredDeviations = 0;
        Minimum = double.PositiveInfinity;
        Maximum = double.NegativeInfinity;
    }
}
