namespace SpareSim.Core.Statistics;

/// <summary>
/// The time-weighted average of a level that changes at discrete instants (stock on hand, systems down,
/// parts in the pipeline). Call <see cref="Update"/> whenever the level changes; the level holds
/// between calls. <see cref="Reset"/> at the end of the warm-up restarts the accumulation from the
/// current level. Allocation-free.
/// </summary>
public sealed class TimeWeightedStatistic
{
    // Areas are accumulated relative to the level at the last reset, which keeps the
    // second moment free of the cancellation of E[L²] - E[L]² when the level sits far from 0.
    private double _shift;
    private double _area;
    private double _squaredArea;

    /// <summary>Starts observing at <paramref name="startTime"/> with level <paramref name="initialLevel"/>.</summary>
    public TimeWeightedStatistic(double startTime = 0, double initialLevel = 0)
    {
        if (!double.IsFinite(startTime)) throw new ArgumentOutOfRangeException(nameof(startTime), startTime, "startTime must be finite");
        if (!double.IsFinite(initialLevel)) throw new ArgumentOutOfRangeException(nameof(initialLevel), initialLevel, "initialLevel must be finite");
        CurrentLevel = initialLevel;
        LastUpdateTime = startTime;
        Reset(startTime);
    }

    /// <summary>The level now.</summary>
    public double CurrentLevel { get; private set; }

    /// <summary>Start of the observation period (construction or last <see cref="Reset"/>).</summary>
    public double StartTime { get; private set; }

    /// <summary>Time of the last <see cref="Update"/> or <see cref="Reset"/>.</summary>
    public double LastUpdateTime { get; private set; }

    /// <summary>Largest level held since the start of the period.</summary>
    public double Maximum { get; private set; }

    /// <summary>Smallest level held since the start of the period.</summary>
    public double Minimum { get; private set; }

    /// <summary>The level becomes <paramref name="level"/> at time <paramref name="now"/> (not before the last update).</summary>
    public void Update(double now, double level)
    {
        if (!double.IsFinite(level)) throw new ArgumentOutOfRangeException(nameof(level), level, "level must be finite");
        Advance(now);
        CurrentLevel = level;
        if (level > Maximum) Maximum = level;
        if (level < Minimum) Minimum = level;
    }

    /// <summary>Restarts the period at <paramref name="now"/>, keeping the current level (end of warm-up).</summary>
    public void Reset(double now)
    {
        Elapsed(now);
        StartTime = now;
        LastUpdateTime = now;
        _shift = CurrentLevel;
        _area = 0;
        _squaredArea = 0;
        Maximum = CurrentLevel;
        Minimum = CurrentLevel;
    }

    /// <summary>∫ level dt from <see cref="StartTime"/> to <paramref name="now"/>.</summary>
    public double Integral(double now)
    {
        double dt = Elapsed(now);
        return _shift * (now - StartTime) + _area + (CurrentLevel - _shift) * dt;
    }

    /// <summary>The time average of the level over [<see cref="StartTime"/>, <paramref name="now"/>]; NaN for an empty period.</summary>
    public double TimeAverage(double now)
    {
        double dt = Elapsed(now);
        double duration = now - StartTime;
        if (duration == 0) return double.NaN;
        return _shift + (_area + (CurrentLevel - _shift) * dt) / duration;
    }

    /// <summary>The time-weighted variance of the level over [<see cref="StartTime"/>, <paramref name="now"/>]; NaN for an empty period.</summary>
    public double TimeVariance(double now)
    {
        double dt = Elapsed(now);
        double duration = now - StartTime;
        if (duration == 0) return double.NaN;
        double d = CurrentLevel - _shift;
        double m1 = (_area + d * dt) / duration;
        double m2 = (_squaredArea + d * d * dt) / duration;
        return Math.Max(0.0, m2 - m1 * m1);
    }

    private void Advance(double now)
    {
        double dt = Elapsed(now);
        double d = CurrentLevel - _shift;
        _area += d * dt;
        _squaredArea += d * d * dt;
        LastUpdateTime = now;
    }

    private double Elapsed(double now)
    {
        double dt = now - LastUpdateTime;
        if (!(dt >= 0)) throw new ArgumentOutOfRangeException(nameof(now), now, $"now must not precede the last update time {LastUpdateTime:G6}");
        return dt;
    }
}
