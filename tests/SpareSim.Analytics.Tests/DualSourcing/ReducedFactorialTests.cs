using SpareSim.Analytics.DualSourcing;
using Xunit.Abstractions;

namespace SpareSim.Analytics.Tests.DualSourcing;

/// <summary>
/// A reduced version of the §4 factorial (small installed bases so the LP stays small): for every
/// instance the greedy dual base stock and every C*(S) it evaluated are checked against the GLOP
/// LP on the independent reference chain.
/// </summary>
public class ReducedFactorialTests(ITestOutputHelper output)
{
    public static TheoryData<int, int, double, double, double> Instances()
    {
        var data = new TheoryData<int, int, double, double, double>();
        foreach (int item in new[] { 1, 3 })
            foreach (int k in new[] { 3, 5 })
                foreach (double muA in new[] { 1.0, 4 })
                    foreach (double cA in new[] { 10.0, 30 })
                        foreach (double b in new[] { 20.0, 2000 })
                            data.Add(item, k, muA, cA, b);
        return data;
    }

    [Theory]
    [MemberData(nameof(Instances))]
    public void GreedyBaseStockAndCostsMatchTheLp(int item, int k, double muA, double cA, double b)
    {
        var (lc, mc) = item == 1 ? (0.02, 0.5) : (0.01, 0.15);
        var x = new DualSourcingInstance(k, lc, mc, 10, 0.035, muA, cA, b, 10, 0.2);
        var optimum = new DualSourcingOptimizer().Optimize(x);
        var lp = new List<double>();
        for (int s = 0; s < optimum.CostByBaseStock.Count; s++)
        {
            lp.Add(PolicyIterationVersusLpTests.LpOptimum(new ReferenceChain(x, s)));
            if (optimum.BoundedBaseStocks.Contains(s))
            {
                // A Bellman lower bound that showed S worse than S*: below the LP optimum, above C*(S*).
                Assert.True(optimum.CostByBaseStock[s] <= lp[s] * (1 + 1e-9), $"S = {s}: bound {optimum.CostByBaseStock[s]:R} above the LP optimum {lp[s]:R}");
                Assert.True(optimum.CostByBaseStock[s] > optimum.Optimal.TotalCost, $"S = {s}: bound {optimum.CostByBaseStock[s]:R} not above C*(S*)");
            }
            else Assert.Equal(lp[s], optimum.CostByBaseStock[s], 1e-8 * lp[s]);
        }
        int greedyOnLp = Enumerable.Range(0, lp.Count - 1).First(s => lp[s] < lp[s + 1]);
        Assert.Equal(greedyOnLp, optimum.BaseStock);
        output.WriteLine($"item {item}, k {k}, muA {muA}, cA {cA}, b {b}: S* = {optimum.BaseStock}, C* = {optimum.Optimal.TotalCost:R}, bounded S: [{string.Join(", ", optimum.BoundedBaseStocks)}]");
    }
}
