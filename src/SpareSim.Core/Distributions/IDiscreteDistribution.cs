using SpareSim.Core.Random;

namespace SpareSim.Core.Distributions;

/// <summary>A distribution on the non-negative integers (Bernoulli, binomial, Poisson).</summary>
public interface IDiscreteDistribution
{
    /// <summary>Draws one value using <paramref name="stream"/>.</summary>
    int Sample(RandomStream stream);

    /// <summary>The exact mean.</summary>
    double Mean { get; }

    /// <summary>The exact variance.</summary>
    double Variance { get; }

    /// <summary>A short human-readable description.</summary>
    string Description { get; }
}
