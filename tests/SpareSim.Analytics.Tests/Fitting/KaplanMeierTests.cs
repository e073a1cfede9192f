using SpareSim.Analytics.Fitting;

namespace SpareSim.Analytics.Tests.Fitting;

/// <summary>The product-limit estimate against hand-computed small examples.</summary>
public class KaplanMeierTests
{
    [Fact]
    public void RightCensoredExampleMatchesTheHandComputation()
    {
        // Ages 3, 5+, 6, 6, 8+, 10 (+ = still running):
        // t=3: 6 at risk, 1 fails -> 5/6; t=6: 4 at risk (6, 6, 8+, 10), 2 fail -> 5/6 * 2/4 = 5/12;
        // t=10: 1 at risk, 1 fails -> 0. Greenwood at 6: (5/12)^2 (1/(6*5) + 2/(4*2)).
        var data = new LifeData([new(3, true), new(5, false), new(6, true), new(6, true), new(8, false), new(10, true)]);
        var km = KaplanMeier.Estimate(data);
        Assert.Equal([3.0, 6.0, 10.0], km.Times);
        Assert.Equal([6, 4, 1], km.AtRisk);
        Assert.Equal([1, 2, 1], km.Events);
        Assert.Equal(5.0 / 6, km.Survival[0], 1e-15);
        Assert.Equal(5.0 / 12, km.Survival[1], 1e-15);
        Assert.Equal(0.0, km.Survival[2]);
        Assert.Equal(5.0 / 12 * Math.Sqrt(1.0 / 30 + 0.25), km.StandardErrors[1], 1e-15);
        Assert.Equal(1.0, km.SurvivalAt(2.9));
        Assert.Equal(5.0 / 6, km.SurvivalAt(5.99));
        Assert.Equal(7.0 / 12, km.CdfAt(9), 1e-15);
    }

    [Fact]
    public void LeftTruncatedUnitsJoinTheRiskSetAtTheirEntryAge()
    {
        // (entry, age): (2, 4), (0, 3), (5, 7), (0, 6+).
        // t=3: at risk units entered before 3 and still there: (2,4), (0,3), (0,6+) -> 3, S = 2/3;
        // t=4: (2,4), (0,6+) -> 2, S = 1/3; t=7: only (5,7) -> 1, S = 0.
        var data = new LifeData([new(4, true, 2), new(3, true), new(7, true, 5), new(6, false)]);
        var km = KaplanMeier.Estimate(data);
        Assert.Equal([3, 2, 1], km.AtRisk);
        Assert.Equal(2.0 / 3, km.Survival[0], 1e-15);
        Assert.Equal(1.0 / 3, km.Survival[1], 1e-15);
        Assert.Equal(0.0, km.Survival[2]);
    }
}
