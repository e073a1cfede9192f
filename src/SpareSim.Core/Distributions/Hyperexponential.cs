using SpareSim.Core.Random;

namespace SpareSim.Core.Distributions;

/// <summary>
/// Two-phase hyperexponential H2: with probability p an exponential of rate μ₁, otherwise one of rate μ₂
/// (mean p/μ₁ + (1-p)/μ₂, second moment 2p/μ₁² + 2(1-p)/μ₂²). Its cv is at least 1.
/// A draw uses two uniforms: one for the branch, one for the exponential.
/// </summary>
public sealed class Hyperexponential : IDistribution
{
    private Hyperexponential(double p, double rate1, double rate2)
    {
        FirstPhaseProbability = p;
        FirstRate = rate1;
        SecondRate = rate2;
    }

    /// <summary>
    /// H2 with branch probability <paramref name="firstPhaseProbability"/> in [0, 1] and phase rates
    /// <paramref name="firstRate"/>, <paramref name="secondRate"/> &gt; 0.
    /// </summary>
    public static Hyperexponential FromPhases(double firstPhaseProbability, double firstRate, double secondRate)
    {
        Guard.Probability(firstPhaseProbability, nameof(firstPhaseProbability));
        Guard.PositiveFinite(firstRate, nameof(firstRate));
        Guard.PositiveFinite(secondRate, nameof(secondRate));
        return new Hyperexponential(firstPhaseProbability, firstRate, secondRate);
    }

    /// <summary>
    /// H2 with balanced means (p/μ₁ = (1-p)/μ₂ = mean/2) and the given <paramref name="mean"/> &gt; 0 and
    /// <paramref name="cv"/> ≥ 1: p = ½(1 + √((cv²-1)/(cv²+1))), μ₁ = 2p/mean, μ₂ = 2(1-p)/mean.
    /// cv = 1 gives the exponential law (p = ½, equal rates).
    /// </summary>
    public static Hyperexponential FromMeanAndCv(double mean, double cv)
    {
        Guard.PositiveFinite(mean, nameof(mean));
        if (!(cv >= 1) || double.IsInfinity(cv))
            throw new ArgumentOutOfRangeException(nameof(cv), cv, "cv must be at least 1 (and finite) for a hyperexponential law");
        double c2 = cv * cv;
        double p = 0.5 * (1.0 + Math.Sqrt((c2 - 1.0) / (c2 + 1.0)));
        return new Hyperexponential(p, 2.0 * p / mean, 2.0 * (1.0 - p) / mean);
    }

    /// <summary>The probability p of the first phase.</summary>
    public double FirstPhaseProbability { get; }

    /// <summary>The rate μ₁ of the first phase.</summary>
    public double FirstRate { get; }

    /// <summary>The rate μ₂ of the second phase.</summary>
    public double SecondRate { get; }

    /// <inheritdoc />
    public double Mean => FirstPhaseProbability / FirstRate + (1.0 - FirstPhaseProbability) / SecondRate;

    /// <inheritdoc />
    public double Variance
    {
        get
        {
            double second = 2.0 * FirstPhaseProbability / (FirstRate * FirstRate)
                          + 2.0 * (1.0 - FirstPhaseProbability) / (SecondRate * SecondRate);
            return second - Mean * Mean;
        }
    }

    /// <inheritdoc />
    public string Description => $"Hyperexponential(p={FirstPhaseProbability:G6}, rate1={FirstRate:G6}, rate2={SecondRate:G6})";

    /// <inheritdoc />
    public double Sample(RandomStream stream)
    {
        double rate = stream.NextDouble() < FirstPhaseProbability ? FirstRate : SecondRate;
        return -Math.Log(stream.NextDouble()) / rate;
    }
}
