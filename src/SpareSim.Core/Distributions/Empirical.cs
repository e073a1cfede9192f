using SpareSim.Core.Random;

namespace SpareSim.Core.Distributions;

/// <summary>
/// A law built from observed data. <see cref="Resampling"/> draws one of the observations with equal
/// probability (the empirical distribution itself: mean = data mean, variance = data variance with
/// divisor n). <see cref="PiecewiseLinear"/> interpolates the empirical distribution function linearly
/// between the sorted observations x₍₁₎ ≤ … ≤ x₍ₙ₎, with F(x₍ᵢ₎) = (i-1)/(n-1), so draws are continuous on
/// [x₍₁₎, x₍ₙ₎]; its moments are those of the mixture of n-1 uniform segments, each of weight 1/(n-1).
/// </summary>
public sealed class Empirical : IDistribution
{
    private readonly double[] _sorted;
    private readonly bool _interpolate;

    private Empirical(double[] sorted, bool interpolate)
    {
        _sorted = sorted;
        _interpolate = interpolate;
        (Mean, Variance) = interpolate ? SegmentMoments(sorted) : PointMoments(sorted);
    }

    /// <summary>Resampling of <paramref name="data"/> (at least one finite value).</summary>
    public static Empirical Resampling(IEnumerable<double> data) => new(SortedCopy(data, 1, nameof(data)), interpolate: false);

    /// <summary>Piecewise-linear interpolation of the distribution function of <paramref name="data"/> (at least two finite values).</summary>
    public static Empirical PiecewiseLinear(IEnumerable<double> data) => new(SortedCopy(data, 2, nameof(data)), interpolate: true);

    /// <summary>Number of observations.</summary>
    public int Count => _sorted.Length;

    /// <summary>Whether draws interpolate between observations (true) or repeat them (false).</summary>
    public bool IsPiecewiseLinear => _interpolate;

    /// <inheritdoc />
    public double Mean { get; }

    /// <inheritdoc />
    public double Variance { get; }

    /// <inheritdoc />
    public string Description => $"Empirical({(_interpolate ? "piecewise-linear" : "resampling")}, n={_sorted.Length}, mean={Mean:G6})";

    /// <inheritdoc />
    public double Sample(RandomStream stream)
    {
        if (!_interpolate) return _sorted[stream.Next(_sorted.Length)];
        double position = stream.NextDouble() * (_sorted.Length - 1);
        int i = Math.Min((int)position, _sorted.Length - 2);
        double a = _sorted[i];
        return a + (position - i) * (_sorted[i + 1] - a);
    }

    private static double[] SortedCopy(IEnumerable<double> data, int minCount, string name)
    {
        ArgumentNullException.ThrowIfNull(data, name);
        double[] copy = data.ToArray();
        if (copy.Length < minCount)
            throw new ArgumentException($"{name} must hold at least {minCount} observation(s), got {copy.Length}", name);
        foreach (double x in copy)
            if (!double.IsFinite(x)) throw new ArgumentException($"{name} must hold finite values only, found {x}", name);
        Array.Sort(copy);
        return copy;
    }

    private static (double Mean, double Variance) PointMoments(double[] x)
    {
        double mean = 0;
        foreach (double v in x) mean += v;
        mean /= x.Length;
        double ss = 0;
        foreach (double v in x) ss += (v - mean) * (v - mean);
        return (mean, ss / x.Length);
    }

    private static (double Mean, double Variance) SegmentMoments(double[] x)
    {
        // Segment [a, b] has weight w = 1/(n-1), mean (a+b)/2 and variance (b-a)²/12;
        // the law of total variance combines them without the cancellation of E[X²] - E[X]².
        int segments = x.Length - 1;
        double mean = 0;
        for (int i = 0; i < segments; i++) mean += 0.5 * (x[i] + x[i + 1]);
        mean /= segments;
        double variance = 0;
        for (int i = 0; i < segments; i++)
        {
            double width = x[i + 1] - x[i];
            double centre = 0.5 * (x[i] + x[i + 1]) - mean;
            variance += width * width / 12.0 + centre * centre;
        }
        return (mean, variance / segments);
    }
}
