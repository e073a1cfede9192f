using SpareSim.Analytics.RemotePrinting;
using SpareSim.Models.RemotePrinting;

namespace SpareSim.Experiments.Studies.RemotePrinting;

/// <summary>Carries analytical remote-site instances and policies into the simulation model unchanged.</summary>
public static class RemotePolicyAdapter
{
    /// <summary>The simulated site of <paramref name="instance"/>: the chapter's model, no extensions.</summary>
    public static RemoteSiteConfiguration ToConfiguration(RemoteSiteInstance instance)
    {
        ArgumentNullException.ThrowIfNull(instance);
        return new RemoteSiteConfiguration
        {
            InstalledBase = instance.InstalledBase,
            CycleLength = instance.CycleLength,
            RegularCost = instance.RegularCost,
            PrintCost = instance.PrintCost,
            ExpediteCost = instance.ExpediteCost,
            RegularFailureProbability = instance.RegularFailureProbability,
            PrintedFailureProbability = instance.PrintedFailureProbability,
            HoldingCost = instance.HoldingCost,
            BackorderCost = instance.BackorderCost,
        };
    }

    /// <summary>The controller that applies <paramref name="policy"/>; while a convoy is overdue it applies <paramref name="overdue"/> (null: the n = 1 action).</summary>
    public static CyclePolicyController ToController(RemoteSitePolicy policy, ShortageResponse? overdue = null)
    {
        ArgumentNullException.ThrowIfNull(policy);
        var responses = Enumerable.Range(1, policy.Emergency.CycleLength - 1).Select(n => ToResponse(policy.Emergency[n])).ToArray();
        return new CyclePolicyController(policy.BaseStock, responses, overdue);
    }

    /// <summary>The simulation's name for an analytical emergency action.</summary>
    public static ShortageResponse ToResponse(EmergencyAction action) => action switch
    {
        EmergencyAction.Print => ShortageResponse.Print,
        EmergencyAction.Expedite => ShortageResponse.Expedite,
        _ => ShortageResponse.Backorder,
    };
}
