using SpareSim.Core.Random;

namespace SpareSim.Core.Distributions;

/// <summary>Poisson law with mean λ (variance λ), e.g. the demand in a period. Sampled by MathNet.Numerics.</summary>
public sealed class Poisson : IDiscreteDistribution
{
    private Poisson(double mean) => Mean = mean;

    /// <summary>Poisson with <paramref name="mean"/> λ &gt; 0.</summary>
    public static Poisson FromMean(double mean)
    {
        Guard.PositiveFinite(mean, nameof(mean));
        return new Poisson(mean);
    }

    /// <inheritdoc />
    public double Mean { get; }

    /// <inheritdoc />
    public double Variance => Mean;

    /// <inheritdoc />
    public string Description => $"Poisson(mean={Mean:G6})";

    /// <inheritdoc />
    public int Sample(RandomStream stream) => MathNet.Numerics.Distributions.Poisson.Sample(stream, Mean);
}
