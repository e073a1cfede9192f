using SpareSim.Analytics.RemotePrinting;
using SpareSim.Experiments.Models.RemoteSite;
using static SpareSim.Experiments.Tests.RemoteSite.RemoteSiteRuns;

namespace SpareSim.Experiments.Tests.RemoteSite;

/// <summary>
/// The remote site of thesis ch. 3 on the supply-network engine against the exact renewal-reward
/// values of the analytical core (<see cref="CycleEvaluator"/>, <see cref="RawMaterialDemand"/>):
/// an independent method (Markov chain over a cycle) for the same model.
/// </summary>
public class RemoteSiteVersusExactTests
{
    private const int Replications = 10, Days = 140_000;
    private const double Tolerance = 4.5; // standard errors of a 10-replication mean (t with 9 df: two-sided p ≈ 0.0015)
    private const string Sp = RemoteSiteNetwork.StockPointId;

    [Theory]
    [InlineData(1, 2)]
    [InlineData(1, 14)]
    [InlineData(0, 2)]
    public void Table31PoliciesCostPerDayMatchesTheExactRenewalValue(int baseStock, int threshold)
    {
        var policy = new RemoteSitePolicy(baseStock, EmergencyPolicy.PrintThreshold(14, threshold));
        var exact = CycleEvaluator.Evaluate(Table31(), policy);
        var runs = Run(Table31(), RemoteSitePolicyRule.From(policy), Replications, Days);
        AssertWithin(exact.AverageCostPerPeriod, runs, "cost_total", Tolerance);
        AssertWithin(exact.BackordersPerPeriod, runs, "down_systems_period_end", Tolerance);
        AssertWithin(exact.PrintsPerPeriod, runs, $"stopgap_print_rate_{Sp}", Tolerance + (threshold == 14 ? 1 : 0));
        // Regular parts the convoy brings per cycle: orders per day × L.
        AssertWithin(exact.ReplenishmentPerCycle, runs, $"order_rate_{Sp}_regular", Tolerance, scale: 14);
    }

    [Fact]
    public void ExpeditingPolicyOfFigure36MatchesTheExactRenewalValue()
    {
        var x = Table31(expediteCost: 200);
        var policy = new RemoteSitePolicy(1, EmergencyRecursion.Solve(x, CostCriterion.Discounted));
        var exact = CycleEvaluator.Evaluate(x, policy);
        var runs = Run(x, RemoteSitePolicyRule.From(policy), Replications, Days);
        AssertWithin(exact.AverageCostPerPeriod, runs, "cost_total", Tolerance);
        AssertWithin(exact.ExpeditesPerPeriod, runs, $"expedite_rate_{Sp}", Tolerance);
        AssertWithin(exact.PrintsPerPeriod, runs, $"stopgap_print_rate_{Sp}", Tolerance);
    }

    [Fact]
    public void PrintsPerCycleMatchTheExactDistribution()
    {
        var policy = new RemoteSitePolicy(0, EmergencyPolicy.PrintThreshold(14, 2));
        var exact = RawMaterialDemand.PrintsPerCycle(Table31(), policy);
        var runs = Run(Table31(), RemoteSitePolicyRule.From(policy), Replications, Days);
        AssertWithin(exact.Mean, runs, $"prints_per_cycle_{Sp}", Tolerance);
        AssertWithin(exact.Variance, runs, $"prints_per_cycle_variance_{Sp}", Tolerance);
    }
}
