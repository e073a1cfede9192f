using SpareSim.Core.Random;

namespace SpareSim.Core.Distributions;

/// <summary>
/// A continuous, non-negative-or-real valued distribution that model code samples from
/// (lead times, times to failure, repair times). Every implementation states its exact
/// <see cref="Mean"/> and <see cref="Variance"/>, so tests can check samples against theory.
/// </summary>
public interface IDistribution
{
    /// <summary>Draws one value using <paramref name="stream"/>.</summary>
    double Sample(RandomStream stream);

    /// <summary>The exact mean.</summary>
    double Mean { get; }

    /// <summary>The exact variance.</summary>
    double Variance { get; }

    /// <summary>A short human-readable description, e.g. "Exponential(mean=2)".</summary>
    string Description { get; }
}
