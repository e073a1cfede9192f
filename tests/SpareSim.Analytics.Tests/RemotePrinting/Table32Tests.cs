using SpareSim.Analytics.RemotePrinting;

namespace SpareSim.Analytics.Tests.RemotePrinting;

public class Table32Tests
{
    // Spec §6.2: the six reproducible rows. The column printed as "p_p" is p_r (p_p = 10×), L = 7,
    // α = 0.9995, h = c_r/365, Fennek N = 8, b = 400; Boxer N = 6, b = 600.
    // id, N, b, c_r, c_p, p_r, V_s, S_s, V_p, S_p (published, annualized).
    public static TheoryData<int, int, double, double, double, double, double, int, double, int> Rows => new()
    {
        { 2, 8, 400, 235.28, 41.28, 0.0014, 339.17, 1, 143.96, 0 },
        { 4, 6, 600, 548.61, 152.88, 0.0007, 563.86, 1, 201.35, 0 },
        { 5, 6, 600, 186.08, 36.95, 0.0014, 275.36, 1, 97.01, 0 },
        { 6, 8, 400, 131.28, 49.69, 0.0027, 265.41, 2, 142.15, 1 },
        { 7, 6, 600, 48.40, 8.28, 0.0007, 71.53, 1, 10.84, 0 },
        { 10, 8, 400, 3.21, 0.30, 0.0027, 9.71, 3, 1.90, 0 },
    };

    [Theory]
    [MemberData(nameof(Rows))]
    public void ReproducibleRowsWithinOnePercentAndExactBaseStock(int id, int n, double b, double cr, double cp, double pr,
        double vs, int ss, double vp, int sp)
    {
        var x = new RemoteSiteInstance(n, 7, cr, cp, pr, 10 * pr, cr / 365, b, 0.9995);
        var single = RemoteSiteOptimizer.Optimize(SourcingStrategies.Restrict(x, SourcingStrategy.SingleSourcing), CostCriterion.Discounted);
        var printing = RemoteSiteOptimizer.Optimize(x, CostCriterion.Discounted);
        Assert.True(ss == single.BaseStock, $"part {id}: S_s {single.BaseStock}, published {ss}");
        Assert.True(sp == printing.BaseStock, $"part {id}: S_p {printing.BaseStock}, published {sp}");
        Assert.True(Math.Abs(single.Best.AnnualizedExcessCost / vs - 1) < 0.01, $"part {id}: V_s {single.Best.AnnualizedExcessCost}, published {vs}");
        Assert.True(Math.Abs(printing.Best.AnnualizedExcessCost / vp - 1) < 0.01, $"part {id}: V_p {printing.Best.AnnualizedExcessCost}, published {vp}");
        Assert.Equal(1, printing.Policy.Emergency.PrintThresholdPeriod);
    }

    [Fact]
    public void ThreeOfTheRowsCheckedByTheFullMdp()
    {
        // Parts 6 (Fennek), 7 (Boxer), 10 (Fennek): the unrestricted MDP agrees with the closed-form policy.
        foreach (var (n, b, cr, cp, pr) in new[] { (8, 400.0, 131.28, 49.69, 0.0027), (6, 600, 48.40, 8.28, 0.0007), (8, 400, 3.21, 0.30, 0.0027) })
        {
            var x = new RemoteSiteInstance(n, 7, cr, cp, pr, 10 * pr, cr / 365, b, 0.9995);
            var mdp = RemoteSiteMdp.Solve(x, CostCriterion.Discounted, maxInventory: 6);
            var closed = RemoteSiteOptimizer.Optimize(x, CostCriterion.Discounted);
            Assert.Equal(closed.Best.DiscountedCost, mdp.Value(0, 0, 0), 1e-7 * closed.Best.DiscountedCost);
            Assert.Equal(closed.BaseStock, mdp.BaseStock);
        }
    }
}
