namespace SpareSim.Experiments.Analysis;

/// <summary>
/// Comparison of two scenarios run with common random numbers: replication i of A and of B used the
/// same streams, so the differences Dᵢ = Aᵢ - Bᵢ are i.i.d. and the t interval of their mean is valid
/// (paired-t). Positive correlation between Aᵢ and Bᵢ, which CRN induces, narrows the interval
/// compared with <see cref="UnpairedDifference"/>.
/// </summary>
public sealed record PairedDifference
{
    /// <summary>Number of pairs.</summary>
    public required int Count { get; init; }

    /// <summary>Confidence interval of the mean difference E[A - B].</summary>
    public required ConfidenceInterval ConfidenceInterval { get; init; }

    /// <summary>Sample correlation of A and B (NaN when either is constant or n &lt; 2): how much CRN helped.</summary>
    public required double Correlation { get; init; }

    /// <summary>The mean difference, mean(A) - mean(B).</summary>
    public double MeanDifference => ConfidenceInterval.Mean;

    /// <summary>Whether the interval excludes 0, i.e. the scenarios differ at the interval's level.</summary>
    public bool IsSignificant => !ConfidenceInterval.Contains(0.0);

    /// <summary>
    /// The paired-t comparison of <paramref name="first"/> and <paramref name="second"/>, which must have the
    /// same length (one value per replication, in replication order) and at least one pair.
    /// </summary>
    public static PairedDifference Of(IReadOnlyList<double> first, IReadOnlyList<double> second, double level = 0.95)
    {
        ArgumentNullException.ThrowIfNull(first);
        ArgumentNullException.ThrowIfNull(second);
        if (first.Count != second.Count)
            throw new ArgumentException($"second has {second.Count} values but first has {first.Count}; paired samples need one value per replication in each", nameof(second));
        var differences = new double[first.Count];
        for (int i = 0; i < differences.Length; i++) differences[i] = first[i] - second[i];
        return new PairedDifference
        {
            Count = first.Count,
            ConfidenceInterval = ConfidenceInterval.FromSample(differences, level),
            Correlation = Correlate(first, second),
        };
    }

    private static double Correlate(IReadOnlyList<double> x, IReadOnlyList<double> y)
    {
        if (x.Count < 2) return double.NaN;
        double mx = x.Average(), my = y.Average(), sxy = 0, sxx = 0, syy = 0;
        for (int i = 0; i < x.Count; i++)
        {
            sxy += (x[i] - mx) * (y[i] - my);
            sxx += (x[i] - mx) * (x[i] - mx);
            syy += (y[i] - my) * (y[i] - my);
        }
        return sxx == 0 || syy == 0 ? double.NaN : sxy / Math.Sqrt(sxx * syy);
    }
}
