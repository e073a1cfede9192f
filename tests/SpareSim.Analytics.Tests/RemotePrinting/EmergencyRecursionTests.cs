using SpareSim.Analytics.RemotePrinting;

namespace SpareSim.Analytics.Tests.RemotePrinting;

public class EmergencyRecursionTests
{
    [Fact]
    public void ClosedFormThresholdOfTable31IsTwo()
    {
        // c_p/b = 1.667; Σ for n = 1 is 1, for n = 2 it is 1 + 0.9995·0.8 = 1.7996.
        Assert.Equal(2, PrintThreshold.Compute(Table31.Instance(), CostCriterion.Discounted));
        Assert.Equal("P P P P P P P P P P P P W", EmergencyRecursion.Solve(Table31.Instance(), CostCriterion.Discounted).Describe());
    }

    [Theory]
    [InlineData(15, 5)]
    [InlineData(10, int.MaxValue)]
    public void Eq31SensitivityOfSpec61(double b, int expected)
    {
        // Spec §6.1: b = 15 gives n*_p = 5 (for (N,L) = (3,14) and (2,10)); b = 10 never prints.
        Assert.Equal(expected, PrintThreshold.Compute(50, b, 0.2, 0.9995));
        foreach (var (n, l) in new[] { (3, 14), (2, 10) })
        {
            var x = Table31.Instance() with { BackorderCost = b, InstalledBase = n, CycleLength = l };
            Assert.Equal(Math.Min(expected, l), EmergencyRecursion.Solve(x, CostCriterion.Discounted).PrintThresholdPeriod);
        }
    }

    [Theory]
    [InlineData(30, 50, 0.2)]
    [InlineData(15, 50, 0.2)]
    [InlineData(60, 90, 0.5)]
    [InlineData(400, 41.28, 0.014)]
    public void RecursionWithoutExpeditingIsEq31(double b, double cp, double pp)
    {
        var x = Table31.Instance() with { BackorderCost = b, PrintCost = cp, PrintedFailureProbability = pp, CycleLength = 30 };
        foreach (var criterion in new[] { CostCriterion.Discounted, CostCriterion.AveragePerPeriod })
            Assert.Equal(Math.Min(30, PrintThreshold.Compute(x, criterion)), EmergencyRecursion.Solve(x, criterion).PrintThresholdPeriod);
    }

    [Fact]
    public void Figure36ExpeditePrintWaitIntervals()
    {
        var x = Table31.Instance(expediteCost: 200);
        Assert.Equal(150.0 / 158.0, EmergencyRecursion.ExpeditingDiscountBound(x), 1e-12);
        var policy = EmergencyRecursion.Solve(x, CostCriterion.Discounted);
        Assert.Equal("E E E E E E P P P P P P W", policy.Describe());
        Assert.Equal(8, policy.ExpediteThresholdPeriod);
        Assert.Equal(1, policy.BackorderThresholdPeriod);
        var optimum = RemoteSiteOptimizer.OptimizeBaseStock(x, policy, CostCriterion.Discounted);
        Assert.Equal(1, optimum.BaseStock);
        Assert.Equal(8412.4524, optimum.Best.DiscountedCost, 1e-3);
    }
}
