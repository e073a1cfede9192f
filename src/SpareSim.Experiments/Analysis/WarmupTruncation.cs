namespace SpareSim.Experiments.Analysis;

/// <summary>The warm-up truncation point chosen by <see cref="Mser5"/> and the statistic behind it.</summary>
public sealed record WarmupTruncation
{
    /// <summary>Index of the first observation to keep (observations 0..index-1 are the warm-up); a multiple of 5.</summary>
    public required int TruncationIndex { get; init; }

    /// <summary>Number of batch means deleted, <see cref="TruncationIndex"/> / 5.</summary>
    public required int DeletedBatches { get; init; }

    /// <summary>Number of complete batches of 5 in the series.</summary>
    public required int BatchCount { get; init; }

    /// <summary>The minimal MSER-5 value.</summary>
    public required double Statistic { get; init; }

    /// <summary>Mean of the retained batches (the observations from <see cref="TruncationIndex"/> up to the last complete batch).</summary>
    public required double TruncatedMean { get; init; }

    /// <summary>
    /// True when the minimum sits at the end of the search (half the batches): the transient may not be
    /// over within the run, which should then be lengthened rather than trusted.
    /// </summary>
    public required bool IsAtSearchLimit { get; init; }

    /// <summary>
    /// The warm-up end in model time: the time of the first kept observation, given the times at which
    /// the series was observed (same length as the series).
    /// </summary>
    public double TruncationTime(IReadOnlyList<double> observationTimes)
    {
        ArgumentNullException.ThrowIfNull(observationTimes);
        if (observationTimes.Count < BatchCount * Mser5.BatchSize)
            throw new ArgumentException($"observationTimes holds {observationTimes.Count} times but the series had at least {BatchCount * Mser5.BatchSize} observations", nameof(observationTimes));
        return observationTimes[TruncationIndex];
    }
}
