namespace SpareSim.Experiments.Studies.LifeCycleCost;

/// <summary>A factor of Table 2.4: how the tables name it, its column name, and its value in an instance.</summary>
public sealed record FactorialFactor(string Label, string Column, Func<FactorialInstance, double> Value)
{
    /// <summary>The seven factors, in Table 2.4's order.</summary>
    public static IReadOnlyList<FactorialFactor> All { get; } =
    [
        new("c_p", "unit_cost", i => i.UnitCost),
        new("N", "installed_base", i => i.InstalledBase),
        new("T", "horizon", i => i.Horizon),
        new("L^A", "additive_lead_time", i => i.AdditiveLeadTime),
        new("c_d/c_p", "repair_over_unit_cost", i => i.RepairOverUnitCost),
        new("c_e/c_d", "emergency_over_repair", i => i.EmergencyOverRepair),
        new("τ^R", "regular_mtbf", i => i.RegularMtbf),
    ];

    /// <summary>The factor with table label <paramref name="label"/>.</summary>
    public static FactorialFactor Named(string label) => All.Single(f => f.Label == label);
}
