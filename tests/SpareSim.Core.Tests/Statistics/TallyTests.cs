using SpareSim.Core.Statistics;

namespace SpareSim.Core.Tests.Statistics;

public sealed class TallyTests
{
    [Fact]
    public void Matches_hand_computed_statistics()
    {
        var t = new Tally();
        foreach (double x in new double[] { 2, 4, 4, 4, 5, 5, 7, 9 }) t.Add(x);
        // Mean 40/8 = 5; squared deviations 9+1+1+1+0+0+4+16 = 32, sample variance 32/7.
        Assert.Equal(8, t.Count);
        Assert.Equal(5.0, t.Mean, 14);
        Assert.Equal(32.0 / 7, t.Variance, 13);
        Assert.Equal(Math.Sqrt(32.0 / 7), t.StandardDeviation, 13);
        Assert.Equal(40.0, t.Sum, 12);
        Assert.Equal(2.0, t.Minimum);
        Assert.Equal(9.0, t.Maximum);
    }

    [Fact]
    public void Is_accurate_far_from_zero()
    {
        var t = new Tally();
        foreach (double x in new double[] { 4, 7, 13, 16 }) t.Add(1e9 + x);
        // Deviations -6, -3, 3, 6 from 1e9+10: sample variance 90/3 = 30.
        Assert.Equal(1e9 + 10, t.Mean, 6);
        Assert.Equal(30.0, t.Variance, 6);
    }

    [Fact]
    public void Empty_and_single_observation_report_NaN_where_undefined()
    {
        var t = new Tally();
        Assert.Equal(0, t.Count);
        Assert.True(double.IsNaN(t.Mean));
        t.Add(3);
        Assert.Equal(3.0, t.Mean);
        Assert.True(double.IsNaN(t.Variance));
    }

    [Fact]
    public void Reset_forgets_everything()
    {
        var t = new Tally();
        t.Add(100);
        t.Add(-100);
        t.Reset();
        t.Add(1);
        t.Add(3);
        Assert.Equal(2, t.Count);
        Assert.Equal(2.0, t.Mean);
        Assert.Equal(2.0, t.Variance);
        Assert.Equal(1.0, t.Minimum);
        Assert.Equal(3.0, t.Maximum);
    }

    [Fact]
    public void NaN_is_rejected() =>
        Assert.Equal("value", Assert.Throws<ArgumentOutOfRangeException>(() => new Tally().Add(double.NaN)).ParamName);
}
