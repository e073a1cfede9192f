using SpareSim.Core.Random;

namespace SpareSim.Core.Distributions;

/// <summary>
/// Gamma distribution with shape k and rate β (mean k/β, variance k/β², cv 1/√k). Sampling uses
/// MathNet.Numerics (Marsaglia-Tsang). For integer shapes <see cref="Erlang"/> is the same law.
/// </summary>
public sealed class Gamma : IDistribution
{
    private Gamma(double shape, double rate)
    {
        Shape = shape;
        Rate = rate;
    }

    /// <summary>Gamma with <paramref name="shape"/> &gt; 0 and <paramref name="rate"/> &gt; 0 (mean shape/rate).</summary>
    public static Gamma FromShapeAndRate(double shape, double rate)
    {
        Guard.PositiveFinite(shape, nameof(shape));
        Guard.PositiveFinite(rate, nameof(rate));
        return new Gamma(shape, rate);
    }

    /// <summary>Gamma with <paramref name="shape"/> &gt; 0 and <paramref name="mean"/> &gt; 0 (rate shape/mean).</summary>
    public static Gamma FromShapeAndMean(double shape, double mean)
    {
        Guard.PositiveFinite(shape, nameof(shape));
        Guard.PositiveFinite(mean, nameof(mean));
        return new Gamma(shape, shape / mean);
    }

    /// <summary>Gamma with the given <paramref name="mean"/> &gt; 0 and <paramref name="cv"/> &gt; 0: shape 1/cv², rate shape/mean.</summary>
    public static Gamma FromMeanAndCv(double mean, double cv)
    {
        Guard.PositiveFinite(mean, nameof(mean));
        if (!(cv > 0) || double.IsInfinity(cv))
            throw new ArgumentOutOfRangeException(nameof(cv), cv, "cv must be positive and finite for a gamma law (cv = 0 is deterministic)");
        double shape = 1.0 / (cv * cv);
        return new Gamma(shape, shape / mean);
    }

    /// <summary>The shape k.</summary>
    public double Shape { get; }

    /// <summary>The rate β (inverse scale).</summary>
    public double Rate { get; }

    /// <inheritdoc />
    public double Mean => Shape / Rate;

    /// <inheritdoc />
    public double Variance => Shape / (Rate * Rate);

    /// <inheritdoc />
    public string Description => $"Gamma(shape={Shape:G6}, mean={Mean:G6})";

    /// <inheritdoc />
    public double Sample(RandomStream stream) => MathNet.Numerics.Distributions.Gamma.Sample(stream, Shape, Rate);
}
