namespace SpareSim.Experiments.Analysis;

/// <summary>
/// Comparison of two independently simulated scenarios (no common random numbers, possibly different
/// replication counts and variances): Welch's interval mean(A) - mean(B) ± t_ν √(s_A²/n_A + s_B²/n_B),
/// with the Welch-Satterthwaite degrees of freedom ν.
/// </summary>
public sealed record UnpairedDifference
{
    /// <summary>Confidence interval of E[A] - E[B]; its <see cref="ConfidenceInterval.Count"/> is n_A + n_B.</summary>
    public required ConfidenceInterval ConfidenceInterval { get; init; }

    /// <summary>The Welch-Satterthwaite degrees of freedom ν.</summary>
    public required double DegreesOfFreedom { get; init; }

    /// <summary>The mean difference, mean(A) - mean(B).</summary>
    public double MeanDifference => ConfidenceInterval.Mean;

    /// <summary>Welch's comparison of <paramref name="first"/> and <paramref name="second"/> (at least two finite values each).</summary>
    public static UnpairedDifference Of(IReadOnlyList<double> first, IReadOnlyList<double> second, double level = 0.95)
    {
        ArgumentNullException.ThrowIfNull(first);
        ArgumentNullException.ThrowIfNull(second);
        if (first.Count < 2) throw new ArgumentException("first must hold at least two values to estimate its variance", nameof(first));
        if (second.Count < 2) throw new ArgumentException("second must hold at least two values to estimate its variance", nameof(second));
        var (m1, s1) = SampleMoments.MeanAndStandardDeviation(first, nameof(first));
        var (m2, s2) = SampleMoments.MeanAndStandardDeviation(second, nameof(second));
        double v1 = s1 * s1 / first.Count, v2 = s2 * s2 / second.Count;
        double se = Math.Sqrt(v1 + v2);
        // With both variances 0 the difference is known exactly; any ν gives a zero half-width.
        double nu = se == 0 ? first.Count + second.Count - 2
            : (v1 + v2) * (v1 + v2) / (v1 * v1 / (first.Count - 1) + v2 * v2 / (second.Count - 1));
        return new UnpairedDifference
        {
            ConfidenceInterval = new ConfidenceInterval
            {
                Mean = m1 - m2,
                HalfWidth = ConfidenceInterval.TQuantile(level, nu) * se,
                Count = first.Count + second.Count,
                Level = level,
            },
            DegreesOfFreedom = nu,
        };
    }
}
