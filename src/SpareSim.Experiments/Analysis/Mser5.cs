namespace SpareSim.Experiments.Analysis;

/// <summary>
/// MSER-5 warm-up detection (White 1997; White, Cobb and Spratt 2000). The series is cut into
/// k = ⌊n/5⌋ batch means Z₁..Z_k (a remainder of fewer than 5 trailing observations is ignored); for
/// each candidate d = 0..⌊k/2⌋ batches deleted, MSER(d) = Σ_{j&gt;d}(Z_j - Z̄_d)² / (k-d)², where Z̄_d is the
/// mean of the retained batches. The truncation point is the d minimizing MSER (the smallest on ties),
/// i.e. the observation index 5d. The search stops at the first half because near the end of the series
/// the statistic is dominated by too few batches; a minimum at that limit means the run is too short
/// to show the end of the transient.
/// </summary>
public static class Mser5
{
    /// <summary>Observations per batch.</summary>
    public const int BatchSize = 5;

    /// <summary>The MSER-5 truncation point of <paramref name="series"/> (at least 10 finite values, i.e. two batches).</summary>
    public static WarmupTruncation Find(IReadOnlyList<double> series)
    {
        ArgumentNullException.ThrowIfNull(series);
        int k = series.Count / BatchSize;
        if (k < 2) throw new ArgumentException($"series must hold at least {2 * BatchSize} observations, got {series.Count}", nameof(series));
        var z = new double[k];
        for (int j = 0; j < k; j++)
        {
            double sum = 0;
            for (int i = j * BatchSize; i < (j + 1) * BatchSize; i++)
            {
                double x = series[i];
                if (!double.IsFinite(x)) throw new ArgumentException($"series[{i}] is {x}; every value must be finite", nameof(series));
                sum += x;
            }
            z[j] = sum / BatchSize;
        }

        // Suffix sums of Z and Z², shifted by the overall batch mean so that Σ(Z - Z̄)² = S2 - S1²/m
        // does not lose digits when the level is large compared with its fluctuations.
        double shift = z.Average();
        int maxDeleted = k / 2;
        double s1 = 0, s2 = 0;
        double bestStatistic = double.PositiveInfinity;
        int best = 0;
        var statistic = new double[maxDeleted + 1];
        for (int j = k - 1; j >= 0; j--)
        {
            double y = z[j] - shift;
            s1 += y;
            s2 += y * y;
            if (j > maxDeleted) continue;
            int m = k - j;
            statistic[j] = Math.Max(0.0, s2 - s1 * s1 / m) / ((double)m * m);
        }
        for (int d = 0; d <= maxDeleted; d++)
        {
            if (statistic[d] < bestStatistic)
            {
                bestStatistic = statistic[d];
                best = d;
            }
        }
        double retainedMean = 0;
        for (int j = best; j < k; j++) retainedMean += z[j];
        retainedMean /= k - best;
        return new WarmupTruncation
        {
            TruncationIndex = best * BatchSize,
            DeletedBatches = best,
            BatchCount = k,
            Statistic = bestStatistic,
            TruncatedMean = retainedMean,
            IsAtSearchLimit = best == maxDeleted,
        };
    }
}
