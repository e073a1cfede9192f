using SpareSim.Analytics.DualSourcing;

namespace SpareSim.Analytics.Tests.DualSourcing;

public class SingleSourcingModelTests
{
    private static DualSourcingInstance Instance(int k = 4, double b = 200, double m = 10, double kappa = 0.2, double oA = 0) =>
        new(k, 0.02, 0.5, 10, 0.035, 2, 20, b, m, kappa, oA);

    [Fact]
    public void OneSystemNoStockMatchesHandComputation()
    {
        // k = 1, S = 0: R ∈ {0, 1}; P(R = 1) = λ/(λ+μ). Cost = μ c P1 + m λ P0 + b P1.
        var x = new DualSourcingInstance(1, 0.5, 2.0, 10, 1, 1, 1, 100, 3, 0.2);
        var sol = SingleSourcingModel.Evaluate(x, PartVersion.Cm, 0);
        double p1 = 0.5 / 2.5, p0 = 1 - p1;
        Assert.Equal(2.0 * 10 * p1, sol.Cost.Purchase, 12);
        Assert.Equal(3 * 0.5 * p0, sol.Cost.Maintenance, 12);
        Assert.Equal(100 * p1, sol.Cost.Backorder, 12);
        Assert.Equal(0, sol.Cost.Holding, 12);
        // Flow balance: purchases arrive at the failure rate, μ c E[R] = c λ E[n].
        Assert.Equal(10 * 0.5 * p0, sol.Cost.Purchase, 12);
    }

    [Theory]
    [InlineData(PartVersion.Cm, 0)]
    [InlineData(PartVersion.Cm, 3)]
    [InlineData(PartVersion.Am, 2)]
    [InlineData(PartVersion.Am, 5)]
    public void BirthDeathEqualsDirectSolveOfTheFullChainUnderTheSingleVersionPolicy(PartVersion version, int baseStock)
    {
        var x = Instance(oA: 1.5);
        bool am = version == PartVersion.Am;
        var reference = new ReferenceChain(x, baseStock);
        // Start the full chain with only this version: every order and install of it keeps the
        // other version transient, so the dense solve gives the single-sourcing chain.
        var (cost, _) = reference.Evaluate(_ => (am, am));
        var sol = SingleSourcingModel.Evaluate(x, version, baseStock);
        Assert.Equal(cost, sol.Cost.Total, 1e-10 * cost);
    }

    [Fact]
    public void OptimalBaseStockIsTheArgminOverAWideRange()
    {
        foreach (var b in new[] { 20.0, 200, 2000 })
            foreach (var k in new[] { 10, 30 })
                foreach (var version in new[] { PartVersion.Cm, PartVersion.Am })
                {
                    var x = Instance(k, b);
                    var best = Enumerable.Range(0, 40).Select(s => SingleSourcingModel.Evaluate(x, version, s)).MinBy(s => s.Cost.Total)!;
                    Assert.Equal(best.BaseStock, SingleSourcingModel.Optimize(x, version).BaseStock);
                }
    }

    [Fact]
    public void PipelineDistributionSumsToOne()
    {
        var sol = SingleSourcingModel.Evaluate(Instance(30, 2000), PartVersion.Cm, 6);
        Assert.Equal(1.0, sol.PipelineDistribution.Sum(), 12);
        Assert.Equal(37, sol.PipelineDistribution.Count);
    }
}
