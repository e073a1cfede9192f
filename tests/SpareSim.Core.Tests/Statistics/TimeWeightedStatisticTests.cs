using SpareSim.Core.Statistics;

namespace SpareSim.Core.Tests.Statistics;

public sealed class TimeWeightedStatisticTests
{
    // Level path: 2 on [0,1), 5 on [1,4), 0 on [4,6), 3 from 6 on.
    private static TimeWeightedStatistic Path()
    {
        var s = new TimeWeightedStatistic(startTime: 0, initialLevel: 2);
        s.Update(1, 5);
        s.Update(4, 0);
        s.Update(6, 3);
        return s;
    }

    [Fact]
    public void Matches_hand_computed_time_average_and_extremes()
    {
        var s = Path();
        // Integral to 10: 2·1 + 5·3 + 0·2 + 3·4 = 29; ∫L² = 4 + 75 + 0 + 36 = 115.
        Assert.Equal(29.0, s.Integral(10), 12);
        Assert.Equal(2.9, s.TimeAverage(10), 12);
        Assert.Equal(11.5 - 2.9 * 2.9, s.TimeVariance(10), 12);
        Assert.Equal(5.0, s.Maximum);
        Assert.Equal(0.0, s.Minimum);
        Assert.Equal(3.0, s.CurrentLevel);
    }

    [Fact]
    public void Reset_keeps_the_current_level_and_restarts_the_period()
    {
        var s = Path();
        s.Reset(7);
        s.Update(8, 1);
        // From 7: 3 on [7,8), 1 on [8,10): integral 5 over 3 time units.
        Assert.Equal(7.0, s.StartTime);
        Assert.Equal(5.0, s.Integral(10), 12);
        Assert.Equal(5.0 / 3, s.TimeAverage(10), 12);
        Assert.Equal(3.0, s.Maximum);
        Assert.Equal(1.0, s.Minimum);
    }

    [Fact]
    public void Is_accurate_for_levels_far_from_zero()
    {
        var s = new TimeWeightedStatistic(0, 1e9);
        s.Update(5, 1e9 + 1);
        // Half the time at each of two levels one apart: variance 1/4.
        Assert.Equal(1e9 + 0.5, s.TimeAverage(10), 6);
        Assert.Equal(0.25, s.TimeVariance(10), 9);
    }

    [Fact]
    public void Empty_period_gives_NaN_and_going_back_in_time_throws()
    {
        var s = Path();
        s.Reset(6);
        Assert.True(double.IsNaN(s.TimeAverage(6)));
        Assert.Equal("now", Assert.Throws<ArgumentOutOfRangeException>(() => s.Update(5, 1)).ParamName);
        Assert.Equal("now", Assert.Throws<ArgumentOutOfRangeException>(() => s.TimeAverage(5.5)).ParamName);
        Assert.Equal("level", Assert.Throws<ArgumentOutOfRangeException>(() => s.Update(7, double.NaN)).ParamName);
    }
}
