using SpareSim.Core.Random;

namespace SpareSim.Core.Distributions;

/// <summary>Exponential distribution. Construct with <see cref="FromRate"/> or <see cref="FromMean"/>.</summary>
public sealed class Exponential : IDistribution
{
    private readonly double _mean;

    private Exponential(double mean) => _mean = mean;

    /// <summary>Exponential with rate <paramref name="rate"/> (&gt; 0), mean 1/rate.</summary>
    public static Exponential FromRate(double rate)
    {
        if (!(rate > 0) || double.IsInfinity(rate)) throw new ArgumentOutOfRangeException(nameof(rate), rate, "rate must be positive and finite");
        return new Exponential(1.0 / rate);
    }

    /// <summary>Exponential with mean <paramref name="mean"/> (&gt; 0).</summary>
    public static Exponential FromMean(double mean)
    {
        if (!(mean > 0) || double.IsInfinity(mean)) throw new ArgumentOutOfRangeException(nameof(mean), mean, "mean must be positive and finite");
        return new Exponential(mean);
    }

    /// <summary>The rate, 1/mean.</summary>
    public double Rate => 1.0 / _mean;

    /// <inheritdoc />
    public double Mean => _mean;

    /// <inheritdoc />
    public double Variance => _mean * _mean;

    /// <inheritdoc />
    public string Description => $"Exponential(mean={_mean:G6})";

    /// <inheritdoc />
    public double Sample(RandomStream stream) => -_mean * Math.Log(stream.NextDouble());
}
