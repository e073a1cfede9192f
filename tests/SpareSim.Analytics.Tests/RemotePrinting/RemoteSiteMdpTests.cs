using SpareSim.Analytics.RemotePrinting;

namespace SpareSim.Analytics.Tests.RemotePrinting;

public class RemoteSiteMdpTests
{
    [Fact]
    public void FullMdpOfTable31FindsBaseStockOneThresholdTwoAndV8442()
    {
        var x = Table31.Instance();
        var mdp = RemoteSiteMdp.Solve(x, CostCriterion.Discounted);
        Assert.Equal(8442.4877, mdp.Value(0, 0, 0), 1e-3);
        // Theorem 3.3: a base-stock policy; y(I) = max(S, I) with S = 1.
        for (int i = -3; i <= mdp.MaxInventory; i++) Assert.Equal(Math.Max(1, i), mdp.OrderUpTo(i));
        // Theorem 3.1 / Lemma 3.2: all-or-nothing, one threshold, the closed form's.
        Assert.Equal("P P P P P P P P P P P P W", mdp.UniformEmergencyPolicy()!.Describe());
        // Lemma 3.2(i): V(0,I,0) = c_r I⁻ + V(0,0,0) for I < 0.
        for (int i = -3; i < 0; i++) Assert.Equal(mdp.Value(0, 0, 0) - 100 * i, mdp.Value(0, i, 0), 1e-6);
        // Fig. 3.3: order quantity at n = 0 is 1 + I⁻ + printed parts removed, e.g. (−3, 0) → 4.
        Assert.Equal(4, mdp.OrderUpTo(-3) + 3);
    }

    [Fact]
    public void FullMdpWithExpeditingReproducesFigure36()
    {
        var x = Table31.Instance(expediteCost: 200);
        var mdp = RemoteSiteMdp.Solve(x, CostCriterion.Discounted);
        Assert.Equal(8412.4524, mdp.Value(0, 0, 0), 1e-3);
        Assert.Equal(1, mdp.BaseStock);
        Assert.Equal(EmergencyRecursion.Solve(x, CostCriterion.Discounted).Describe(), mdp.UniformEmergencyPolicy()!.Describe());
    }

    [Theory]
    [InlineData(30, double.PositiveInfinity)]
    [InlineData(30, 200)]
    [InlineData(15, double.PositiveInfinity)]
    [InlineData(200, 120)]
    public void AverageCostMdpEqualsRenewalOptimumOfTheClosedFormPolicy(double b, double ce)
    {
        var x = Table31.Instance(ce) with { BackorderCost = b };
        var mdp = RemoteSiteMdp.Solve(x, CostCriterion.AveragePerPeriod);
        var renewal = RemoteSiteOptimizer.Optimize(x, CostCriterion.AveragePerPeriod);
        Assert.Equal(renewal.Best.AverageCostPerPeriod, mdp.AverageCostPerPeriod, 1e-9);
        Assert.Equal(renewal.BaseStock, mdp.BaseStock);
        Assert.Equal(renewal.Policy.Emergency.Describe(), mdp.UniformEmergencyPolicy()!.Describe());
    }

    [Fact]
    public void DiscountedMdpMatchesRenewalAcrossInstances()
    {
        foreach (var (b, cp, ce, n) in new[] { (15.0, 50.0, double.PositiveInfinity, 2), (60, 20, 80, 4), (30, double.PositiveInfinity, 150, 3) })
        {
            var x = Table31.Instance(ce) with { BackorderCost = b, PrintCost = cp, InstalledBase = n, CycleLength = 7 };
            var mdp = RemoteSiteMdp.Solve(x, CostCriterion.Discounted);
            var renewal = RemoteSiteOptimizer.Optimize(x, CostCriterion.Discounted);
            Assert.Equal(renewal.Best.DiscountedCost, mdp.Value(0, 0, 0), 1e-6 * renewal.Best.DiscountedCost);
            Assert.Equal(renewal.BaseStock, mdp.BaseStock);
        }
    }

    [Fact]
    public void VanishingDiscountTakesTheDiscountedValueToTheAverageCost()
    {
        // (1 − α) V_α(0,0,0) → g as α → 1; the gap shrinks like (1 − α).
        var x = Table31.Instance();
        double g = RemoteSiteMdp.Solve(x, CostCriterion.AveragePerPeriod).AverageCostPerPeriod;
        double previousGap = double.PositiveInfinity;
        foreach (double alpha in new[] { 0.999, 0.9999, 0.99999 })
        {
            double v = RemoteSiteMdp.Solve(x with { Discount = alpha }, CostCriterion.Discounted).Value(0, 0, 0);
            double gap = Math.Abs((1 - alpha) * v - g);
            Assert.True(gap < previousGap / 5, $"α = {alpha}: gap {gap}, previous {previousGap}");
            previousGap = gap;
        }
        Assert.True(previousGap < 2e-3 * g, $"gap {previousGap} at α = 0.99999, g = {g}");
    }
}
