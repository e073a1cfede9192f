using SpareSim.Core.Random;

namespace SpareSim.Core.Distributions;

/// <summary>Continuous uniform distribution on (lower, upper): mean (a+b)/2, variance (b-a)²/12.</summary>
public sealed class Uniform : IDistribution
{
    /// <summary>The largest cv a uniform law on a non-negative interval can have, 1/√3 (lower bound 0).</summary>
    public static readonly double MaxCv = 1.0 / Math.Sqrt(3.0);

    private Uniform(double lower, double upper)
    {
        Lower = lower;
        Upper = upper;
    }

    /// <summary>Uniform on (<paramref name="lower"/>, <paramref name="upper"/>), finite, lower &lt; upper.</summary>
    public static Uniform FromBounds(double lower, double upper)
    {
        Guard.Finite(lower, nameof(lower));
        Guard.Finite(upper, nameof(upper));
        if (!(lower < upper)) throw new ArgumentOutOfRangeException(nameof(upper), upper, $"upper must exceed lower ({lower:G6})");
        return new Uniform(lower, upper);
    }

    /// <summary>
    /// Uniform with the given <paramref name="mean"/> &gt; 0 and <paramref name="cv"/>, centred on the mean with
    /// half-width √3·cv·mean. The law stays non-negative (it models durations), so cv must be in (0, <see cref="MaxCv"/>].
    /// </summary>
    public static Uniform FromMeanAndCv(double mean, double cv)
    {
        Guard.PositiveFinite(mean, nameof(mean));
        if (!(cv > 0 && cv <= MaxCv))
            throw new ArgumentOutOfRangeException(nameof(cv), cv, $"cv must be in (0, 1/sqrt(3) = {MaxCv:G6}] for a non-negative uniform law");
        double halfWidth = Math.Sqrt(3.0) * cv * mean;
        return new Uniform(Math.Max(0.0, mean - halfWidth), mean + halfWidth);
    }

    /// <summary>The lower bound a.</summary>
    public double Lower { get; }

    /// <summary>The upper bound b.</summary>
    public double Upper { get; }

    /// <inheritdoc />
    public double Mean => 0.5 * (Lower + Upper);

    /// <inheritdoc />
    public double Variance => (Upper - Lower) * (Upper - Lower) / 12.0;

    /// <inheritdoc />
    public string Description => $"Uniform({Lower:G6}, {Upper:G6})";

    /// <inheritdoc />
    public double Sample(RandomStream stream) => Lower + (Upper - Lower) * stream.NextDouble();
}
