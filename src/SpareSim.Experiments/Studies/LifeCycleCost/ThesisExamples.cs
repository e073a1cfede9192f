using SpareSim.Analytics.LifeCycleCost;

namespace SpareSim.Experiments.Studies.LifeCycleCost;

/// <summary>
/// The published inputs of thesis ch. 2 (months, €): the numerical example of Table 2.3 and the two
/// case studies (Tables 2.6 and 2.7, §2.6) with the investment and benefit figures of their text.
/// </summary>
public static class ThesisExamples
{
    /// <summary>Table 2.3, regular design.</summary>
    public static ComponentDesign Table23Regular { get; } = new()
    {
        InstalledBase = 100, Horizon = 180, Mtbf = 10, LeadTime = 3, UnitCost = 40, RepairCost = 200, EmergencyCost = 800, HoldingRate = 0.02,
    };

    /// <summary>Table 2.3, AM design (L^A = 0.5, otherwise equal).</summary>
    public static ComponentDesign Table23Additive { get; } = Table23Regular with { LeadTime = 0.5 };

    /// <summary>Case 1 (Table 2.6), regular hydraulic valve block; c_p printed "416,91".</summary>
    public static ComponentDesign Case1Regular { get; } = new()
    {
        InstalledBase = 400, Horizon = 360, Mtbf = 120, LeadTime = 4.78, UnitCost = 416.91, RepairCost = 475, EmergencyCost = 1900, HoldingRate = 0.015,
    };

    /// <summary>Case 1, AM design: two weeks lead time, same reliability.</summary>
    public static ComponentDesign Case1Additive { get; } = Case1Regular with { LeadTime = 0.5 };

    /// <summary>Case 1: K = I = 10 trial runs plus testing, no benefit counted.</summary>
    public const double Case1LumpSum = 10_000;

    /// <summary>Case 1: the AM cost estimate 1.92 kg → 244 cm³ × €3.14/cm³.</summary>
    public const double Case1AdditivePrice = 767;

    /// <summary>Case 2 (Table 2.7), regular aileron bracket of a business jet (170 jets × 2).</summary>
    public static ComponentDesign Case2Regular { get; } = new()
    {
        InstalledBase = 340, Horizon = 180, Mtbf = 120, LeadTime = 2.25, UnitCost = 450, RepairCost = 600, EmergencyCost = 25000, HoldingRate = 0.018,
    };

    /// <summary>Case 2, AM titanium bracket.</summary>
    public static ComponentDesign Case2Additive { get; } = Case2Regular with { LeadTime = 0.5 };

    /// <summary>Case 2: AM part price.</summary>
    public const double Case2AdditivePrice = 1000;

    /// <summary>Case 2: K = 5K design + 100K certification − 75K fuel benefit, as printed.</summary>
    public const double Case2LumpSum = 30_000;

    /// <summary>Case 2: design plus certification cost difference I.</summary>
    public const double Case2Investment = 105_000;

    /// <summary>Fuel benefit B = 0.08 kg × €183.60/kg/year × brackets × 15 years.</summary>
    public static double FuelBenefit(int brackets) => 0.08 * 183.60 * brackets * 15;

    /// <summary>Brackets of the Boeing 767 variant (1100 aircraft × 2).</summary>
    public const int Boeing767Brackets = 2200;
}
