using SpareSim.Core.Statistics;

namespace SpareSim.Core.Tests.Statistics;

public class RegenerativeRatioTests
{
    [Fact]
    public void RatioAndDeltaMethodErrorByHand()
    {
        // Cycles (C, L) = (1, 1), (3, 2), (2, 1): ĝ = 6/4; C − ĝL = −0.5, 0, 0.5, so s² = 0.25;
        // SE = 0.5 / (√3 · 4/3).
        var r = new RegenerativeRatio();
        r.Add(1, 1);
        r.Add(3, 2);
        r.Add(2, 1);
        Assert.Equal(1.5, r.Ratio, 1e-15);
        Assert.Equal(0.5 / (Math.Sqrt(3) * 4.0 / 3.0), r.StandardError, 1e-14);
        Assert.Equal(3, r.Count);
        Assert.Equal(4, r.TotalLength);
    }

    [Fact]
    public void RejectsNonPositiveLengths()
    {
        var r = new RegenerativeRatio();
        Assert.Throws<ArgumentOutOfRangeException>(() => r.Add(1, 0));
        Assert.True(double.IsNaN(r.Ratio));
    }
}
