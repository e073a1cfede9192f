using SpareSim.Experiments.Analysis;

namespace SpareSim.Experiments.Tests.Analysis;

public sealed class SummaryStatisticsTests
{
    [Fact]
    public void Matches_hand_computed_values()
    {
        // 2, 4, 4, 4, 5, 5, 7, 9: mean 5, s² = 32/7, t(0.975, 7) = 2.365.
        var s = SummaryStatistics.Of([2.0, 4.0, 4.0, 4.0, 5.0, 5.0, 7.0, 9.0]);
        Assert.Equal(8, s.Count);
        Assert.Equal(5.0, s.Mean, 14);
        Assert.Equal(Math.Sqrt(32.0 / 7), s.StandardDeviation, 13);
        Assert.Equal(2.0, s.Minimum);
        Assert.Equal(9.0, s.Maximum);
        // The table value is rounded to 3 decimals: allow that rounding (0.0005) times s/√n.
        double standardError = Math.Sqrt(32.0 / 7 / 8);
        Assert.InRange(s.ConfidenceInterval.HalfWidth, (2.365 - 0.0005) * standardError, (2.365 + 0.0005) * standardError);
    }

    [Fact]
    public void Single_value_has_undefined_spread()
    {
        var s = SummaryStatistics.Of([7.0]);
        Assert.True(double.IsNaN(s.StandardDeviation));
        Assert.True(double.IsPositiveInfinity(s.ConfidenceInterval.HalfWidth));
    }
}
