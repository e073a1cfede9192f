using SpareSim.Core.Random;

namespace SpareSim.Core.Distributions;

/// <summary>
/// Binomial: successes in n independent trials of probability p (mean np, variance np(1-p)).
/// Sampled by MathNet.Numerics, which runs the n trials (cost O(n) per draw).
/// </summary>
public sealed class Binomial : IDiscreteDistribution
{
    private Binomial(int trials, double p)
    {
        Trials = trials;
        Probability = p;
    }

    /// <summary>Binomial with <paramref name="trials"/> ≥ 0 trials of success <paramref name="probability"/> in [0, 1].</summary>
    public static Binomial FromTrials(int trials, double probability)
    {
        if (trials < 0) throw new ArgumentOutOfRangeException(nameof(trials), trials, "trials must be non-negative");
        Guard.Probability(probability, nameof(probability));
        return new Binomial(trials, probability);
    }

    /// <summary>The number of trials n.</summary>
    public int Trials { get; }

    /// <summary>The success probability p of each trial.</summary>
    public double Probability { get; }

    /// <inheritdoc />
    public double Mean => Trials * Probability;

    /// <inheritdoc />
    public double Variance => Trials * Probability * (1.0 - Probability);

    /// <inheritdoc />
    public string Description => $"Binomial(n={Trials}, p={Probability:G6})";

    /// <inheritdoc />
    public int Sample(RandomStream stream) => MathNet.Numerics.Distributions.Binomial.Sample(stream, Probability, Trials);
}
