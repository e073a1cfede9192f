using SpareSim.Core.Statistics;

namespace SpareSim.Core.Tests.Statistics;

public sealed class TimeWeightedHistogramTests
{
    [Fact]
    public void Matches_hand_computed_time_fractions()
    {
        var h = new TimeWeightedHistogram(startTime: 0, initialLevel: 0);
        h.Update(1, 2);
        h.Update(3, -1);
        h.Update(4, 2);
        // To 6: level 0 for 1, level 2 for 2 + 2 = 4, level -1 for 1.
        Assert.Equal(1.0, h.TimeAt(0, 6), 12);
        Assert.Equal(4.0, h.TimeAt(2, 6), 12);
        Assert.Equal(1.0, h.TimeAt(-1, 6), 12);
        Assert.Equal(0.0, h.TimeAt(1, 6));
        Assert.Equal(0.0, h.TimeAt(1000, 6));
        Assert.Equal(4.0 / 6, h.Fraction(2, 6), 12);
        Assert.Equal(7.0 / 6, h.TimeAverage(6), 12);
        Assert.Equal(-1, h.MinimumLevel);
        Assert.Equal(2, h.MaximumLevel);
    }

    [Fact]
    public void Grows_in_both_directions_without_losing_time()
    {
        var h = new TimeWeightedHistogram(0, 5);
        h.Update(1, 300);
        h.Update(3, -200);
        h.Update(6, 5);
        // Level 5 for 1 and then 4 more to 10; 300 for 2; -200 for 3.
        Assert.Equal(5.0, h.TimeAt(5, 10), 12);
        Assert.Equal(2.0, h.TimeAt(300, 10), 12);
        Assert.Equal(3.0, h.TimeAt(-200, 10), 12);
        Assert.Equal((25 + 600 - 600) / 10.0, h.TimeAverage(10), 12);
    }

    [Fact]
    public void Reset_keeps_the_current_level()
    {
        var h = new TimeWeightedHistogram(0, 1);
        h.Update(2, 4);
        h.Reset(3);
        h.Update(5, 2);
        // From 3: level 4 for 2, level 2 for 3 (to 8); level 1 no longer counted.
        Assert.Equal(0.0, h.TimeAt(1, 8));
        Assert.Equal(0.4, h.Fraction(4, 8), 12);
        Assert.Equal(0.6, h.Fraction(2, 8), 12);
        Assert.Equal(2, h.MinimumLevel);
        Assert.Equal(4, h.MaximumLevel);
    }

    [Fact]
    public void Going_back_in_time_throws() =>
        Assert.Equal("now", Assert.Throws<ArgumentOutOfRangeException>(() =>
        {
            var h = new TimeWeightedHistogram(5, 0);
            h.Update(4, 1);
        }).ParamName);
}
