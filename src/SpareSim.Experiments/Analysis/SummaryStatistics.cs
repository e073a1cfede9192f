namespace SpareSim.Experiments.Analysis;

/// <summary>
/// Summary of one measure over replications: count, mean, standard deviation (divisor n-1; NaN for n = 1),
/// extremes and the Student-t confidence interval of the mean. One row of a per-scenario summary.
/// </summary>
public sealed record SummaryStatistics
{
    /// <summary>Number of observations (replications).</summary>
    public required int Count { get; init; }

    /// <summary>Sample mean.</summary>
    public required double Mean { get; init; }

    /// <summary>Sample standard deviation (divisor n-1); NaN when n = 1.</summary>
    public required double StandardDeviation { get; init; }

    /// <summary>Smallest observation.</summary>
    public required double Minimum { get; init; }

    /// <summary>Largest observation.</summary>
    public required double Maximum { get; init; }

    /// <summary>Confidence interval of the mean.</summary>
    public required ConfidenceInterval ConfidenceInterval { get; init; }

    /// <summary>Summarizes <paramref name="sample"/> (at least one finite value) with a CI at <paramref name="level"/>.</summary>
    public static SummaryStatistics Of(IReadOnlyList<double> sample, double level = 0.95)
    {
        var (mean, sd) = SampleMoments.MeanAndStandardDeviation(sample, nameof(sample));
        return new SummaryStatistics
        {
            Count = sample.Count,
            Mean = mean,
            StandardDeviation = sd,
            Minimum = sample.Min(),
            Maximum = sample.Max(),
            ConfidenceInterval = ConfidenceInterval.FromMoments(mean, sd, sample.Count, level),
        };
    }
}
