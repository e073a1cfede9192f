using SpareSim.Analytics.PreventiveMaintenance;
using SpareSim.Models.Maintenance;

namespace SpareSim.Experiments.Studies.PreventiveMaintenance;

/// <summary>
/// The simulated component of an analytic instance and decision: B orders at installation and never
/// prints; TR and DA order just in time and print below t_b, removing the printed part at the
/// regular arrival (TR) or at its age t_p (DA). t_b = 0 means no printed-part rule.
/// </summary>
public static class PmSimulationMapping
{
    /// <summary>The configuration; the instance's laws must be Weibull.</summary>
    public static MaintainedComponentConfiguration ToConfiguration(PmInstance instance, PmPolicy policy, PmDecision decision,
        EarlyPrintedFailureResponse earlyFailure = EarlyPrintedFailureResponse.WaitForRegular, bool chargeEarlyFailure = true)
    {
        ArgumentNullException.ThrowIfNull(instance);
        var ordering = policy == PmPolicy.Benchmark ? RegularOrdering.AtInstallation : RegularOrdering.JustInTime;
        TemporaryPartRule? rule = policy == PmPolicy.Benchmark || decision.PrintThreshold == 0
            ? null
            : new TemporaryPartRule(decision.PrintThreshold,
                policy == PmPolicy.TemporaryReplacement ? PrintedPartRemoval.OnRegularArrival : PrintedPartRemoval.AtOwnAge,
                policy == PmPolicy.DoubleAgeBased ? decision.PrintedReplacementAge : double.PositiveInfinity, earlyFailure, chargeEarlyFailure);
        return new MaintainedComponentConfiguration
        {
            RegularLifetime = ToDistribution(instance.Regular),
            PrintedLifetime = ToDistribution(instance.Printed),
            RegularLeadTime = instance.RegularLeadTime,
            PrintLeadTime = instance.PrintLeadTime,
            RegularPrice = instance.RegularPrice,
            PrintPrice = instance.PrintPrice,
            MaintenanceCost = instance.MaintenanceCost,
            FailureCost = instance.FailureCost,
            DowntimeRate = instance.DowntimeRate,
            HoldingRate = instance.HoldingRate,
            Controller = new AgeBasedPmController(decision.ReplacementAge, ordering),
            TemporaryParts = rule,
        };
    }

    private static Core.Distributions.IDistribution ToDistribution(ILifetimeLaw law) => law is WeibullLifetime w
        ? Core.Distributions.Weibull.FromShapeAndScale(w.Shape, w.Scale)
        : throw new ArgumentException($"only Weibull lifetimes can be simulated, got {law.Description}");
}
