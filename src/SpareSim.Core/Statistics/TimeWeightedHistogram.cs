namespace SpareSim.Core.Statistics;

/// <summary>
/// The time spent at each integer level (stock on hand, backorders, machines down), giving the
/// long-run distribution of the level, e.g. to compare with a birth-death stationary law or to check
/// PASTA. Levels may be negative. The storage grows only when a level outside the range seen so far
/// appears, so the per-event path does not allocate once the range is known.
/// </summary>
public sealed class TimeWeightedHistogram
{
    private double[] _time;
    private int _offset; // _time[i] is the time spent at level i + _offset

    /// <summary>Starts observing at <paramref name="startTime"/> with level <paramref name="initialLevel"/>.</summary>
    public TimeWeightedHistogram(double startTime = 0, int initialLevel = 0)
    {
        if (!double.IsFinite(startTime)) throw new ArgumentOutOfRangeException(nameof(startTime), startTime, "startTime must be finite");
        _time = new double[16];
        _offset = initialLevel;
        CurrentLevel = initialLevel;
        LastUpdateTime = startTime;
        Reset(startTime);
    }

    /// <summary>The level now.</summary>
    public int CurrentLevel { get; private set; }

    /// <summary>Start of the observation period (construction or last <see cref="Reset"/>).</summary>
    public double StartTime { get; private set; }

    /// <summary>Time of the last <see cref="Update"/> or <see cref="Reset"/>.</summary>
    public double LastUpdateTime { get; private set; }

    /// <summary>Smallest level held since the start of the period.</summary>
    public int MinimumLevel { get; private set; }

    /// <summary>Largest level held since the start of the period.</summary>
    public int MaximumLevel { get; private set; }

    /// <summary>The level becomes <paramref name="level"/> at time <paramref name="now"/> (not before the last update).</summary>
    public void Update(double now, int level)
    {
        Advance(now);
        CurrentLevel = level;
        EnsureCovers(level);
        if (level < MinimumLevel) MinimumLevel = level;
        if (level > MaximumLevel) MaximumLevel = level;
    }

    /// <summary>Restarts the period at <paramref name="now"/>, keeping the current level (end of warm-up).</summary>
    public void Reset(double now)
    {
        Advance(now);
        Array.Clear(_time);
        StartTime = now;
        MinimumLevel = CurrentLevel;
        MaximumLevel = CurrentLevel;
    }

    /// <summary>Time spent at <paramref name="level"/> from <see cref="StartTime"/> up to <paramref name="now"/>.</summary>
    public double TimeAt(int level, double now)
    {
        double pending = level == CurrentLevel ? Elapsed(now) : 0.0;
        long i = (long)level - _offset;
        double recorded = i >= 0 && i < _time.Length ? _time[i] : 0.0;
        return recorded + pending;
    }

    /// <summary>Fraction of [<see cref="StartTime"/>, <paramref name="now"/>] spent at <paramref name="level"/>; NaN for an empty period.</summary>
    public double Fraction(int level, double now)
    {
        double at = TimeAt(level, now);
        double duration = now - StartTime;
        return duration == 0 ? double.NaN : at / duration;
    }

    /// <summary>The time-average level over [<see cref="StartTime"/>, <paramref name="now"/>]; NaN for an empty period.</summary>
    public double TimeAverage(double now)
    {
        Elapsed(now);
        double duration = now - StartTime;
        if (duration == 0) return double.NaN;
        double area = 0;
        for (int level = MinimumLevel; level <= MaximumLevel; level++) area += level * TimeAt(level, now);
        return area / duration;
    }

    private void Advance(double now)
    {
        _time[CurrentLevel - _offset] += Elapsed(now);
        LastUpdateTime = now;
    }

    private double Elapsed(double now)
    {
        double dt = now - LastUpdateTime;
        if (!(dt >= 0)) throw new ArgumentOutOfRangeException(nameof(now), now, $"now must not precede the last update time {LastUpdateTime:G6}");
        return dt;
    }

    private void EnsureCovers(int level)
    {
        long i = (long)level - _offset;
        if (i >= 0 && i < _time.Length) return;
        long low = Math.Min((long)level, _offset);
        long high = Math.Max((long)level, (long)_offset + _time.Length - 1);
        long width = high - low + 1;
        int length = (int)Math.Min(int.MaxValue, Math.Max(2L * _time.Length, width));
        // Leave room on the side that grew, so a drifting level does not reallocate at every step.
        int newOffset = level < _offset ? (int)Math.Max(int.MinValue, high - length + 1) : (int)low;
        var grown = new double[length];
        Array.Copy(_time, 0, grown, _offset - newOffset, _time.Length);
        _time = grown;
        _offset = newOffset;
    }
}
