namespace SpareSim.Analytics.Fitting;

/// <summary>
/// A set of life records (failure and censoring ages, with optional left-truncation ages), checked
/// once so that every estimator can rely on positive finite times, entries below times and at
/// least one failure.
/// </summary>
public sealed class LifeData
{
    private readonly LifeObservation[] _observations;

    /// <summary>Checks and stores <paramref name="observations"/>; throws <see cref="ArgumentException"/> naming the first bad record (0-based).</summary>
    public LifeData(IEnumerable<LifeObservation> observations)
    {
        ArgumentNullException.ThrowIfNull(observations);
        _observations = observations.ToArray();
        if (_observations.Length == 0) throw new ArgumentException("there are no observations", nameof(observations));
        for (int i = 0; i < _observations.Length; i++)
        {
            var o = _observations[i];
            if (!(o.Time > 0) || !double.IsFinite(o.Time))
                throw new ArgumentException($"observation {i}: time must be positive and finite, got {o.Time}", nameof(observations));
            if (!(o.Entry >= 0) || !(o.Entry < o.Time))
                throw new ArgumentException($"observation {i}: entry age must lie in [0, time), got {o.Entry} with time {o.Time}", nameof(observations));
        }
        Failures = _observations.Count(o => o.Failed);
        if (Failures == 0) throw new ArgumentException("every observation is censored: nothing to fit", nameof(observations));
        IsTruncated = _observations.Any(o => o.Entry > 0);
        MinimumEntry = _observations.Min(o => o.Entry);
    }

    /// <summary>Complete (uncensored, untruncated) data: every value a failure age.</summary>
    public static LifeData Complete(IEnumerable<double> failureAges) => new(failureAges.Select(t => new LifeObservation(t, true)));

    /// <summary>The records in their original order.</summary>
    public IReadOnlyList<LifeObservation> Observations => _observations;

    /// <summary>The records as a span, for the likelihood's inner loop.</summary>
    internal ReadOnlySpan<LifeObservation> Span => _observations;

    /// <summary>Number of records.</summary>
    public int Count => _observations.Length;

    /// <summary>Number of failures (uncensored records).</summary>
    public int Failures { get; }

    /// <summary>Number of censored records.</summary>
    public int Censored => Count - Failures;

    /// <summary>Whether any unit was observed from an age above 0.</summary>
    public bool IsTruncated { get; }

    /// <summary>The smallest entry age: the empirical distribution is conditional on survival to it.</summary>
    public double MinimumEntry { get; }

    /// <summary>Total time on test, Σ (time − entry): with failures, the exponential MLE's denominator.</summary>
    public double TotalTimeOnTest => _observations.Sum(o => o.Time - o.Entry);
}
