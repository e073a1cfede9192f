using SpareSim.Analytics.DualSourcing;
using SpareSim.Core.Distributions;
using SpareSim.Models.Controllers;
using SpareSim.Models.Sourcing;
using ModelVersion = SpareSim.Models.InstalledBases.PartVersion;

namespace SpareSim.Experiments.Models.InstalledBaseSourcing;

/// <summary>
/// Carries the analytical core's dual-sourcing objects into the simulation's terms (Models may
/// not reference Analytics): instance → costs and configuration, policy table → controller,
/// state → state. The mapping is one to one; nothing is recomputed.
/// </summary>
public static class AnalyticPolicyAdapter
{
    /// <summary>The simulation's version for an analytical one.</summary>
    public static ModelVersion ToModel(PartVersion version) => version == PartVersion.Cm ? ModelVersion.Cm : ModelVersion.Am;

    /// <summary>The simulation's state for an analytical one (same six counts).</summary>
    public static InventoryState ToModel(DualSourcingState s) =>
        new(s.InstalledCm, s.InstalledAm, s.PipelineCm, s.PipelineAm, s.StockCm, s.StockAm);

    /// <summary>The decision of paper option c.</summary>
    public static FailureDecision ToModel(DualSourcingAction action) => action switch
    {
        DualSourcingAction.InstallAmOrderAm => new(ModelVersion.Am, ModelVersion.Am),
        DualSourcingAction.InstallCmOrderAm => new(ModelVersion.Cm, ModelVersion.Am),
        DualSourcingAction.InstallAmOrderCm => new(ModelVersion.Am, ModelVersion.Cm),
        DualSourcingAction.InstallCmOrderCm => new(ModelVersion.Cm, ModelVersion.Cm),
        _ => throw new ArgumentOutOfRangeException(nameof(action), action, "not one of the paper's options c = 1..4"),
    };

    /// <summary>A controller that follows <paramref name="policy"/> state by state.</summary>
    public static PolicyTableController ToController(DualSourcingPolicy policy)
    {
        ArgumentNullException.ThrowIfNull(policy);
        return new PolicyTableController(policy.States.Select(s => KeyValuePair.Create(ToModel(s), ToModel(policy[s]))));
    }

    /// <summary>The cost parameters of <paramref name="instance"/>.</summary>
    public static SourcingCosts ToCosts(DualSourcingInstance instance)
    {
        ArgumentNullException.ThrowIfNull(instance);
        return new SourcingCosts(instance.PriceCm, instance.PriceAm, instance.MaintenanceCost, instance.HoldingRate,
            instance.BackorderCost, instance.OperationalSavingAm, instance.DesignCostAm);
    }

    /// <summary>
    /// The simulated system of <paramref name="instance"/> at base stock <paramref name="baseStock"/>,
    /// with lifetimes and lead times of the instance's means (1/λ, 1/μ) drawn from the given
    /// families and coefficients of variation ("exponential", 1 reproduces the analytical model).
    /// </summary>
    public static SourcingSystemConfiguration ToConfiguration(DualSourcingInstance instance, int baseStock,
        string failureFamily, double failureCv, string leadTimeFamily, double leadTimeCv, InventoryState initial)
    {
        ArgumentNullException.ThrowIfNull(instance);
        return new SourcingSystemConfiguration(instance.InstalledBase,
            LeadTimeDistributions.FromMeanAndCv(failureFamily, 1 / instance.FailureRateCm, failureCv),
            LeadTimeDistributions.FromMeanAndCv(failureFamily, 1 / instance.FailureRateAm, failureCv),
            LeadTimeDistributions.FromMeanAndCv(leadTimeFamily, 1 / instance.SupplyRateCm, leadTimeCv),
            LeadTimeDistributions.FromMeanAndCv(leadTimeFamily, 1 / instance.SupplyRateAm, leadTimeCv),
            ToCosts(instance), initialInstalledAm: initial.InstalledAm, initialStockCm: initial.StockCm, initialStockAm: initial.StockAm);
    }

    /// <summary>
    /// A start state for the simulation: the most probable state with an empty pipeline under the
    /// analytical stationary distribution, so the warm-up starts from a typical installed-base mix
    /// (a CM-only start can take several CM lifetimes to reach the stationary mix).
    /// </summary>
    public static InventoryState TypicalStart(DualSourcingSolution solution)
    {
        ArgumentNullException.ThrowIfNull(solution);
        var p = solution.StationaryDistribution;
        int best = -1;
        for (int i = 0; i < solution.Space.Count; i++)
            if (solution.Space[i].Pipeline == 0 && (best < 0 || p[i] > p[best])) best = i;
        return ToModel(solution.Space[best]);
    }
}
