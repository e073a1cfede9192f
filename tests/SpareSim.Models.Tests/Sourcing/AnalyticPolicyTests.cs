using SpareSim.Analytics.DualSourcing;
using SpareSim.Core.Distributions;
using SpareSim.Models.Controllers;
using SpareSim.Models.Sourcing;
using AnalyticVersion = SpareSim.Analytics.DualSourcing.PartVersion;
using ModelVersion = SpareSim.Models.InstalledBases.PartVersion;

namespace SpareSim.Models.Tests.Sourcing;

/// <summary>
/// The reduced validation: Table 2 instances optimized by the analytical core (policy iteration),
/// their optimal policy table run by <see cref="PolicyTableController"/> in the simulation, and the
/// simulated cost, component by component, compared with the analytical one.
/// </summary>
public sealed class AnalyticPolicyTests
{
    public static TheoryData<DualSourcingInstance> Instances => new()
    {
        // The all-lowest corner of the grid (item 1), and two interior points with heavy backorder costs.
        new DualSourcingInstance(10, 0.02, 0.5, 10, 0.0175, 1, 10, 20, 2, 0.15),
        new DualSourcingInstance(10, 0.015, 0.25, 10, 0.0525, 4, 20, 2000, 10, 0.25),
        new DualSourcingInstance(20, 0.01, 0.15, 10, 0.035, 2, 20, 200, 10, 0.2),
    };

    [Theory]
    [MemberData(nameof(Instances))]
    public void Optimal_policy_simulated_matches_the_analytical_cost(DualSourcingInstance instance)
    {
        var optimum = new DualSourcingOptimizer().Optimize(instance).Optimal;
        var policy = optimum.Policy();
        var controller = new PolicyTableController(policy.States.Select(s => KeyValuePair.Create(
            new InventoryState(s.InstalledCm, s.InstalledAm, s.PipelineCm, s.PipelineAm, s.StockCm, s.StockAm),
            new FailureDecision(Version(policy[s] is DualSourcingAction.InstallAmOrderAm or DualSourcingAction.InstallAmOrderCm ? AnalyticVersion.Am : AnalyticVersion.Cm),
                Version(policy[s] is DualSourcingAction.InstallAmOrderAm or DualSourcingAction.InstallCmOrderAm ? AnalyticVersion.Am : AnalyticVersion.Cm)))));
        var configuration = new SourcingSystemConfiguration(instance.InstalledBase,
            Exponential.FromRate(instance.FailureRateCm), Exponential.FromRate(instance.FailureRateAm),
            Exponential.FromRate(instance.SupplyRateCm), Exponential.FromRate(instance.SupplyRateAm),
            new SourcingCosts(instance.PriceCm, instance.PriceAm, instance.MaintenanceCost, instance.HoldingRate, instance.BackorderCost),
            initialInstalledAm: 0, initialStockCm: optimum.BaseStock, initialStockAm: 0);
        var runs = Replications.Run(configuration, controller, seed: 31, count: 10, warmup: 3_000, observedTime: 40_000);
        var cost = optimum.Cost;
        runs.AssertClose("purchase", x => x.PurchaseCost, cost.Purchase);
        runs.AssertClose("maintenance", x => x.MaintenanceCost, cost.Maintenance);
        runs.AssertClose("holding", x => x.HoldingCost, cost.Holding);
        runs.AssertClose("backorder", x => x.BackorderCost, cost.Backorder);
        runs.AssertClose("total", x => x.TotalCost, optimum.TotalCost);
    }

    private static ModelVersion Version(AnalyticVersion v) => v == AnalyticVersion.Cm ? ModelVersion.Cm : ModelVersion.Am;
}
