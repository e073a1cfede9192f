using SpareSim.Analytics.IpLicensing;

namespace SpareSim.Analytics.Tests.IpLicensing;

/// <summary>The exact (s, Q) evaluation against hand-computed Poisson sums.</summary>
public class PoissonReorderPointTests
{
    private static readonly double E1 = Math.Exp(-1);

    [Fact]
    public void QuantityOneIsBaseStock()
    {
        // λL = 1, s = 1, Q = 1: base stock 2. On hand = 2p0 + p1 = 3/e; fill = p0 + p1 = 2/e; backorders = 3/e − 1.
        var p = new PoissonReorderPoint(rate: 4, leadTime: 0.25, reorderPoint: 1, quantity: 1);
        Assert.Equal(3 * E1, p.OnHand, 12);
        Assert.Equal(2 * E1, p.FillRate, 12);
        Assert.Equal(3 * E1 - 1, p.Backorders, 12);
        Assert.Equal(2 * E1, p.CycleServiceLevel, 12);
        Assert.Equal(4, p.OrderRate, 12);
    }

    [Fact]
    public void BatchOfTwoAveragesThePositions()
    {
        // λL = 1, s = 0, Q = 2: positions 1 and 2. On hand (p0 + 3/e)/2 = 2/e; fill (p0 + 2p0)/2 = 1.5/e; CSL = p0.
        var p = new PoissonReorderPoint(rate: 2, leadTime: 0.5, reorderPoint: 0, quantity: 2);
        Assert.Equal(2 * E1, p.OnHand, 12);
        Assert.Equal(1.5 * E1, p.FillRate, 12);
        Assert.Equal(E1, p.CycleServiceLevel, 12);
        Assert.Equal(2 * E1 - 0.5, p.Backorders, 12);
        Assert.Equal(0.1 * 10 * (2 * E1 + 1) + 7 * 1 + 2 * 10, p.Cost(unitValue: 10, holdingRate: 0.1, orderCost: 7), 12);
    }
}
