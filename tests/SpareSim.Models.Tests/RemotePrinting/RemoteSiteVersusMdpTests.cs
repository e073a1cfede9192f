using SpareSim.Analytics.RemotePrinting;
using SpareSim.Models.RemotePrinting;
using static SpareSim.Models.Tests.RemotePrinting.RemoteSiteReplications;

namespace SpareSim.Models.Tests.RemotePrinting;

public class RemoteSiteVersusMdpTests
{
    private const int Replications = 10, Days = 140_000;
    private const double Tolerance = 4.5; // standard errors

    [Theory]
    [InlineData(1, 2)]
    [InlineData(1, 14)]
    [InlineData(0, 2)]
    public void Table31PoliciesCostPerDayMatchesTheExactRenewalValue(int baseStock, int threshold)
    {
        var analytic = CycleEvaluator.Evaluate(Analytics(), new RemoteSitePolicy(baseStock, EmergencyPolicy.PrintThreshold(14, threshold)));
        var runs = Run(Table31(), CyclePolicyController.PrintThreshold(baseStock, 14, threshold), Replications, Days);
        AssertWithin(analytic.AverageCostPerPeriod, runs.Select(m => m.CostPerDay), Tolerance, "cost per day");
        AssertWithin(analytic.BackordersPerPeriod, runs.Select(m => m.BackordersPerDay), Tolerance, "backorders per day");
        AssertWithin(analytic.PrintsPerPeriod, runs.Select(m => m.PrintsPerDay), Tolerance + (threshold == 14 ? 1 : 0), "prints per day");
        AssertWithin(analytic.ReplenishmentPerCycle, runs.Select(m => m.RegularPartsPerConvoy), Tolerance, "convoy quantity");
    }

    [Fact]
    public void ExpeditingPolicyOfFigure36MatchesTheExactRenewalValue()
    {
        var x = Analytics(expediteCost: 200);
        var emergency = EmergencyRecursion.Solve(x, CostCriterion.Discounted);
        var analytic = CycleEvaluator.Evaluate(x, new RemoteSitePolicy(1, emergency));
        var responses = Enumerable.Range(1, 13).Select(n => emergency[n] switch
        {
            EmergencyAction.Print => ShortageResponse.Print,
            EmergencyAction.Expedite => ShortageResponse.Expedite,
            _ => ShortageResponse.Backorder,
        }).ToArray();
        var runs = Run(Table31(expediteCost: 200), new CyclePolicyController(1, responses), Replications, Days);
        AssertWithin(analytic.AverageCostPerPeriod, runs.Select(m => m.CostPerDay), Tolerance, "cost per day");
        AssertWithin(analytic.ExpeditesPerPeriod, runs.Select(m => m.ExpeditesPerDay), Tolerance, "expedites per day");
        AssertWithin(analytic.PrintsPerPeriod, runs.Select(m => m.PrintsPerDay), Tolerance, "prints per day");
    }

    [Fact]
    public void PrintsPerCycleMatchTheExactDistribution()
    {
        var exact = RawMaterialDemand.PrintsPerCycle(Analytics(), new RemoteSitePolicy(0, EmergencyPolicy.PrintThreshold(14, 2)));
        var runs = Run(Table31(), CyclePolicyController.PrintThreshold(0, 14, 2), Replications, Days);
        AssertWithin(exact.Mean, runs.Select(m => m.PrintsPerCycleMean), Tolerance, "mean prints per cycle");
        AssertWithin(exact.Variance, runs.Select(m => m.PrintsPerCycleVariance), Tolerance, "variance of prints per cycle");
    }

    private static RemoteSiteInstance Analytics(double expediteCost = double.PositiveInfinity) =>
        new(3, 14, 100, 50, 0.01, 0.2, 1, 30, 0.9995, expediteCost);
}
