using SpareSim.Analytics.LifeCycleCost;

namespace SpareSim.Analytics.Tests.LifeCycleCost;

/// <summary>The numerical example of thesis ch. 2, Table 2.3 (months, €), with c_p^R = c_p^A.</summary>
internal static class Table23
{
    public static ComponentDesign Regular { get; } = new()
    {
        InstalledBase = 100, Horizon = 180, Mtbf = 10, LeadTime = 3, UnitCost = 40, RepairCost = 200, EmergencyCost = 800, HoldingRate = 0.02,
    };

    public static ComponentDesign Additive { get; } = Regular with { LeadTime = 0.5 };

    public static BreakEvenAnalysis Analysis(CostConvention convention, ComponentDesign? regular = null, ComponentDesign? additive = null) =>
        new(regular ?? Regular, additive ?? Additive, convention);
}
