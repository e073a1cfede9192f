namespace SpareSim.Analytics.MultiEchelon;

/// <summary>
/// Per-item inputs of Abidar &amp; Chaabane Table 3 (spec §2.1), times in years as printed
/// (6 decimals, which the paper-faithful computation needs to reproduce the tables exactly).
/// Index 0 is the CMC, 1 and 2 are RMC1 and RMC2.
/// </summary>
/// <param name="Code">Item code suffix (162, 163 or 164).</param>
/// <param name="HomeDemand">The item's "home" demand class m printed in Table 3 (units/year/site).</param>
/// <param name="RepairTimeCmc">ν_0, CP repair time at the CMC.</param>
/// <param name="RepairProbability1">ρ_1, probability of local repair at RMC1.</param>
/// <param name="RepairTime1">ν_1, CP repair time at RMC1.</param>
/// <param name="ShipTime1">τ_1, order-and-ship time CMC → RMC1.</param>
/// <param name="RepairProbability2">ρ_2, probability of local repair at RMC2.</param>
/// <param name="RepairTime2">ν_2, CP repair time at RMC2.</param>
/// <param name="ShipTime2">τ_2, order-and-ship time CMC → RMC2.</param>
/// <param name="UnitPrice">P, unit price in $.</param>
public sealed record AbidarItem(
    int Code,
    double HomeDemand,
    double RepairTimeCmc,
    double RepairProbability1,
    double RepairTime1,
    double ShipTime1,
    double RepairProbability2,
    double RepairTime2,
    double ShipTime2,
    double UnitPrice)
{
    /// <summary>Item xxxxx162 (Table 3, L256, L259, L262).</summary>
    public static AbidarItem Item162 { get; } = new(162, 10, 0.065753, 0.4, 0.153425, 0.054795, 0.9, 0.079452, 0.082192, 400);

    /// <summary>Item xxxxx163 (Table 3, L257, L260, L263).</summary>
    public static AbidarItem Item163 { get; } = new(163, 75, 0.076712, 0.3, 0.161644, 0.054795, 0.9, 0.098630, 0.082192, 4000);

    /// <summary>Item xxxxx164 (Table 3, L258, L261, L264).</summary>
    public static AbidarItem Item164 { get; } = new(164, 150, 0.095890, 0.2, 0.106849, 0.054795, 0.9, 0.060274, 0.082192, 4500);

    /// <summary>The three Table 3 items in order 162, 163, 164.</summary>
    public static IReadOnlyList<AbidarItem> All { get; } = [Item162, Item163, Item164];

    /// <summary>Looks up a Table 3 item by its code (162, 163 or 164).</summary>
    public static AbidarItem ByCode(int code) =>
        All.FirstOrDefault(i => i.Code == code) ?? throw new ArgumentOutOfRangeException(nameof(code), code, "Unknown item code.");
}
