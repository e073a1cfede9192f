using SpareSim.Analytics.DualSourcing;

namespace SpareSim.Analytics.Tests.DualSourcing;

public class DualSourcingOptimizerTests
{
    [Theory]
    [InlineData(10, 0.0175, 4, 10, 2000)]
    [InlineData(10, 0.0525, 1, 30, 20)]
    [InlineData(20, 0.035, 2, 20, 200)]
    public void DualIsNeverWorseThanEitherSingleSourceAtTheSameBaseStock(int k, double la, double ma, double ca, double b)
    {
        var x = new DualSourcingInstance(k, 0.015, 0.25, 10, la, ma, ca, b, 10, 0.2);
        for (int s = 0; s <= 4; s++)
        {
            double dual = DualSourcingSolver.Solve(x, new DualSourcingStateSpace(k, s)).TotalCost;
            double cm = SingleSourcingModel.Evaluate(x, PartVersion.Cm, s).Cost.Total;
            double am = SingleSourcingModel.Evaluate(x, PartVersion.Am, s).Cost.Total;
            Assert.True(dual <= Math.Min(cm, am) * (1 + 1e-9), $"S={s}: dual {dual} CM {cm} AM {am}");
        }
    }

    [Fact]
    public void GreedyBaseStockStopsAtTheFirstIncreaseAndWarmStartsChangeNothing()
    {
        var x = new DualSourcingInstance(10, 0.02, 0.5, 10, 0.035, 2, 20, 200, 10, 0.2);
        var optimizer = new DualSourcingOptimizer();
        var cold = optimizer.Optimize(x);
        var costs = cold.CostByBaseStock;
        int s = cold.BaseStock;
        Assert.Equal(s + 2, costs.Count);
        Assert.True(costs[s] < costs[s + 1]);
        for (int t = 1; t <= s; t++) Assert.True(costs[t] <= costs[t - 1]);
        // Each C*(S) is the LP optimum at that S (small enough to check S = 0..2 by LP).
        for (int t = 0; t <= Math.Min(s, 2); t++)
        {
            double lp = PolicyIterationVersusLpTests.LpOptimum(new ReferenceChain(x, t));
            Assert.Equal(lp, costs[t], 1e-8 * lp);
        }
        // Warm-started from a neighbouring instance's policies (b = 2000), the result is the same.
        var warm = new PolicyWarmStart();
        optimizer.Optimize(new DualSourcingInstance(10, 0.02, 0.5, 10, 0.035, 2, 20, 2000, 10, 0.2), warm);
        var again = optimizer.Optimize(x, warm);
        Assert.Equal(cold.BaseStock, again.BaseStock);
        Assert.Equal(cold.Optimal.TotalCost, again.Optimal.TotalCost, 1e-9 * cold.Optimal.TotalCost);
    }

    [Fact]
    public void OperationalSavingsAndDesignCostEnterTheCost()
    {
        var plain = new DualSourcingInstance(5, 0.02, 0.5, 10, 0.035, 2, 20, 200, 10, 0.2);
        var withExtras = new DualSourcingInstance(5, 0.02, 0.5, 10, 0.035, 2, 20, 200, 10, 0.2, operationalSavingAm: 3, designCostAm: 7);
        var space = new DualSourcingStateSpace(5, 2);
        var a = DualSourcingSolver.Solve(withExtras, space);
        Assert.Equal(7, a.Cost.Design);
        Assert.Equal(a.Cost.Purchase + a.Cost.Maintenance + a.Cost.Holding + a.Cost.Backorder - a.Cost.OperationalSavings + 7, a.TotalCost, 1e-9 * a.TotalCost);
        // Savings per installed AM part can only lower the optimal cost before design cost.
        Assert.True(a.TotalCost - 7 <= DualSourcingSolver.Solve(plain, space).TotalCost + 1e-9);
    }
}
