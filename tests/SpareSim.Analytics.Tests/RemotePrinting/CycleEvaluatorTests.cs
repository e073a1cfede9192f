using SpareSim.Analytics.RemotePrinting;

namespace SpareSim.Analytics.Tests.RemotePrinting;

public class CycleEvaluatorTests
{
    [Fact]
    public void Table31OptimumIsBaseStockOneThresholdTwoAndV8442()
    {
        var x = Table31.Instance();
        var optimum = RemoteSiteOptimizer.Optimize(x, CostCriterion.Discounted);
        Assert.Equal(1, optimum.BaseStock);
        Assert.Equal(2, optimum.Policy.Emergency.PrintThresholdPeriod);
        // Chapter (Fig. 3.3 text): V(0,0,0) = 8442.49; spec §6.1 gives 8442.4877.
        Assert.Equal(8442.4877, optimum.Best.DiscountedCost, 1e-3);
        Assert.Equal(6000, x.UnavoidableOrderingCost, 1e-9);
    }

    [Theory]
    [InlineData(true, new[] { 11177.1165, 8442.4877, 9863.4454, 11893.8883, 13988.3816 })]
    [InlineData(false, new[] { 16834.9448, 9034.2448, 9909.9013, 11896.7655, 13988.5270 })]
    public void Table31CostByBaseStockMatchesTheSpec(bool printing, double[] expected)
    {
        var x = Table31.Instance();
        var emergency = printing ? EmergencyPolicy.PrintThreshold(14, 2) : EmergencyPolicy.Never(14);
        if (!printing) x = x with { PrintCost = double.PositiveInfinity };
        for (int s = 0; s < expected.Length; s++)
            Assert.Equal(expected[s], CycleEvaluator.Evaluate(x, new RemoteSitePolicy(s, emergency)).DiscountedCost, 1e-3);
    }

    [Theory]
    [InlineData(1, 2, 4.18273, 0.001404, 0.006699)]
    [InlineData(1, 14, 4.47928, 0.022454, 0)]
    [InlineData(0, 2, 5.60114, 0.006769, 0.051710)]
    public void Table31AverageCostPerDayMatchesTheSpec(int s, int threshold, double cost, double backorders, double prints)
    {
        var e = CycleEvaluator.Evaluate(Table31.Instance(), new RemoteSitePolicy(s, EmergencyPolicy.PrintThreshold(14, threshold)));
        Assert.Equal(cost, e.AverageCostPerPeriod, 1e-4);
        Assert.Equal(backorders, e.BackordersPerPeriod, 1e-6);
        Assert.Equal(prints, e.PrintsPerPeriod, 1e-6);
    }
}
