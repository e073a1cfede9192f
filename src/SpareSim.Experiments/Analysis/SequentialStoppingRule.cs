namespace SpareSim.Experiments.Analysis;

/// <summary>
/// The sequential (relative precision) stopping rule for replications: stop once the confidence interval's
/// half-width is at most <see cref="TargetRelativeHalfWidth"/> × |mean| and at least
/// <see cref="MinimumReplications"/> replications are in. Otherwise the total needed is estimated, as in
/// Law and Kelton, by the smallest m ≥ n with t_{(1+level)/2, m-1}·s/√m ≤ target·|mean|, treating the
/// current mean and standard deviation as exact.
/// </summary>
public sealed class SequentialStoppingRule
{
    /// <summary>The rule "relative half-width ≤ <paramref name="targetRelativeHalfWidth"/> &gt; 0 at <paramref name="level"/>, after at least <paramref name="minimumReplications"/> ≥ 2".</summary>
    public SequentialStoppingRule(double targetRelativeHalfWidth, double level = 0.95, int minimumReplications = 5)
    {
        if (!(targetRelativeHalfWidth > 0) || double.IsInfinity(targetRelativeHalfWidth))
            throw new ArgumentOutOfRangeException(nameof(targetRelativeHalfWidth), targetRelativeHalfWidth, "targetRelativeHalfWidth must be positive and finite");
        if (!(level > 0 && level < 1)) throw new ArgumentOutOfRangeException(nameof(level), level, "level must be in (0, 1)");
        if (minimumReplications < 2)
            throw new ArgumentOutOfRangeException(nameof(minimumReplications), minimumReplications, "minimumReplications must be at least 2 (one replication gives no variance estimate)");
        TargetRelativeHalfWidth = targetRelativeHalfWidth;
        Level = level;
        MinimumReplications = minimumReplications;
    }

    /// <summary>The target half-width relative to |mean|, e.g. 0.05.</summary>
    public double TargetRelativeHalfWidth { get; }

    /// <summary>Confidence level of the interval.</summary>
    public double Level { get; }

    /// <summary>Replications required before the rule may stop.</summary>
    public int MinimumReplications { get; }

    /// <summary>Applies the rule to the replication results so far (at least one finite value).</summary>
    public StoppingDecision Evaluate(IReadOnlyList<double> replicationResults)
    {
        var ci = ConfidenceInterval.FromSample(replicationResults, Level);
        int n = replicationResults.Count;
        bool precise = ci.RelativeHalfWidth <= TargetRelativeHalfWidth;
        return new StoppingDecision
        {
            ConfidenceInterval = ci,
            IsSatisfied = precise && n >= MinimumReplications,
            EstimatedAdditionalReplications = EstimateTotal(ci, n) is int total ? total - n : null,
        };
    }

    private int? EstimateTotal(ConfidenceInterval ci, int n)
    {
        if (n < 2 || ci.Mean == 0) return null;
        double sd = ci.HalfWidth * Math.Sqrt(n) / ConfidenceInterval.TQuantile(Level, n - 1);
        double allowed = TargetRelativeHalfWidth * Math.Abs(ci.Mean);
        int m = Math.Max(n, MinimumReplications);
        // The normal-quantile estimate is a lower bound on m (t > z), so the search starts there.
        double z = MathNet.Numerics.Distributions.Normal.InvCDF(0.0, 1.0, 0.5 * (1.0 + Level));
        double lowerBound = Math.Ceiling(z * z * sd * sd / (allowed * allowed));
        if (lowerBound > int.MaxValue / 2) return null;
        m = Math.Max(m, (int)lowerBound);
        while (ConfidenceInterval.TQuantile(Level, m - 1) * sd / Math.Sqrt(m) > allowed) m++;
        return m;
    }
}
