using SpareSim.Core.Random;

namespace SpareSim.Core.Distributions;

/// <summary>Bernoulli trial: 1 with probability p, else 0 (mean p, variance p(1-p)). One uniform per draw.</summary>
public sealed class Bernoulli : IDiscreteDistribution
{
    private Bernoulli(double p) => Probability = p;

    /// <summary>Bernoulli with success <paramref name="probability"/> in [0, 1].</summary>
    public static Bernoulli FromProbability(double probability)
    {
        Guard.Probability(probability, nameof(probability));
        return new Bernoulli(probability);
    }

    /// <summary>The success probability p.</summary>
    public double Probability { get; }

    /// <inheritdoc />
    public double Mean => Probability;

    /// <inheritdoc />
    public double Variance => Probability * (1.0 - Probability);

    /// <inheritdoc />
    public string Description => $"Bernoulli(p={Probability:G6})";

    /// <inheritdoc />
    public int Sample(RandomStream stream) => stream.NextDouble() < Probability ? 1 : 0;
}
