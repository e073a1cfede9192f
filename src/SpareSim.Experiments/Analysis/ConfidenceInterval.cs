using MathNet.Numerics.Distributions;

namespace SpareSim.Experiments.Analysis;

/// <summary>
/// A two-sided Student-t confidence interval for a mean: mean ± t_{(1+level)/2, df} · s/√n.
/// With a single observation the variance cannot be estimated, so <see cref="HalfWidth"/> is
/// +∞ and the interval is (-∞, +∞); it never silently reports a zero width.
/// </summary>
public sealed record ConfidenceInterval
{
    /// <summary>The point estimate (sample mean).</summary>
    public required double Mean { get; init; }

    /// <summary>Half the width of the interval; +∞ when n = 1.</summary>
    public required double HalfWidth { get; init; }

    /// <summary>Number of observations the interval rests on.</summary>
    public required int Count { get; init; }

    /// <summary>Confidence level, e.g. 0.95.</summary>
    public required double Level { get; init; }

    /// <summary>Lower end, <see cref="Mean"/> - <see cref="HalfWidth"/>.</summary>
    public double Low => Mean - HalfWidth;

    /// <summary>Upper end, <see cref="Mean"/> + <see cref="HalfWidth"/>.</summary>
    public double High => Mean + HalfWidth;

    /// <summary><see cref="HalfWidth"/> / |<see cref="Mean"/>|; +∞ when the mean is 0 or n = 1.</summary>
    public double RelativeHalfWidth => Mean == 0 ? double.PositiveInfinity : HalfWidth / Math.Abs(Mean);

    /// <summary>Whether <paramref name="value"/> lies in [<see cref="Low"/>, <see cref="High"/>].</summary>
    public bool Contains(double value) => value >= Low && value <= High;

    /// <summary>The interval for the mean of <paramref name="sample"/> (at least one finite value) at <paramref name="level"/> in (0, 1).</summary>
    public static ConfidenceInterval FromSample(IReadOnlyList<double> sample, double level = 0.95)
    {
        var (mean, sd) = SampleMoments.MeanAndStandardDeviation(sample, nameof(sample));
        return FromMoments(mean, sd, sample.Count, level);
    }

    /// <summary>
    /// The interval from a sample's <paramref name="mean"/>, standard deviation <paramref name="standardDeviation"/>
    /// (divisor n-1; ignored when n = 1) and size <paramref name="count"/> ≥ 1.
    /// </summary>
    public static ConfidenceInterval FromMoments(double mean, double standardDeviation, int count, double level = 0.95)
    {
        if (count < 1) throw new ArgumentOutOfRangeException(nameof(count), count, "count must be at least 1");
        if (!(level > 0 && level < 1)) throw new ArgumentOutOfRangeException(nameof(level), level, "level must be in (0, 1)");
        if (!double.IsFinite(mean)) throw new ArgumentOutOfRangeException(nameof(mean), mean, "mean must be finite");
        if (count > 1 && !(standardDeviation >= 0 && double.IsFinite(standardDeviation)))
            throw new ArgumentOutOfRangeException(nameof(standardDeviation), standardDeviation, "standardDeviation must be non-negative and finite");
        double halfWidth = count == 1
            ? double.PositiveInfinity
            : TQuantile(level, count - 1) * standardDeviation / Math.Sqrt(count);
        return new ConfidenceInterval { Mean = mean, HalfWidth = halfWidth, Count = count, Level = level };
    }

    /// <summary>
    /// The two-sided Student-t critical value t_{(1+level)/2, degreesOfFreedom}
    /// (e.g. 2.262 for level 0.95 and 9 degrees of freedom), from MathNet.Numerics.
    /// </summary>
    public static double TQuantile(double level, double degreesOfFreedom)
    {
        if (!(level > 0 && level < 1)) throw new ArgumentOutOfRangeException(nameof(level), level, "level must be in (0, 1)");
        if (!(degreesOfFreedom > 0)) throw new ArgumentOutOfRangeException(nameof(degreesOfFreedom), degreesOfFreedom, "degreesOfFreedom must be positive");
        return StudentT.InvCDF(0.0, 1.0, degreesOfFreedom, 0.5 * (1.0 + level));
    }
}
