namespace SpareSim.Analytics.MultiEchelon;

/// <summary>
/// The physical networks of Abidar &amp; Chaabane's scenarios (spec §1.2, §1.10): demand m at the CMC
/// and both RMCs, ρ0 = 1, AM time γ = rt·ν at every site, AM shipping equal to CP shipping (α = τ),
/// one AM probability φ. B: no AM. C: AM at the CMC for all its replenishments. D: AM at the CMC
/// for its own failures and at the RMCs for locally repairable failures; RMC carcasses are CP-repaired.
/// </summary>
public static class AbidarNetworks
{
    /// <summary>The network of <paramref name="item"/> under <paramref name="scenario"/>.</summary>
    public static EchelonNetwork Build(AbidarItem item, AbidarScenario scenario, double demand, double amTimeRatio, double amProbability)
    {
        ArgumentNullException.ThrowIfNull(item);
        if (!Enum.IsDefined(scenario)) throw new ArgumentOutOfRangeException(nameof(scenario));
        if (!(amTimeRatio >= 0) || double.IsInfinity(amTimeRatio)) throw new ArgumentOutOfRangeException(nameof(amTimeRatio), amTimeRatio, "AM time ratio must be finite and >= 0");
        if (!(amProbability is >= 0 and <= 1)) throw new ArgumentOutOfRangeException(nameof(amProbability), amProbability, "AM probability must be in [0, 1]");
        double phi = scenario == AbidarScenario.Baseline ? 0 : amProbability;
        double phiCentralOwn = phi;
        double phiCentralRegional = scenario == AbidarScenario.Centralized ? phi : 0;
        double phiRegional = scenario == AbidarScenario.Decentralized ? phi : 0;
        var central = new CentralSite("CMC", demand, item.RepairTimeCmc, amTimeRatio * item.RepairTimeCmc, phiCentralOwn, phiCentralRegional);
        RegionalSite[] regions =
        [
            new("RMC1", demand, item.RepairProbability1, item.RepairTime1, amTimeRatio * item.RepairTime1, phiRegional, item.ShipTime1),
            new("RMC2", demand, item.RepairProbability2, item.RepairTime2, amTimeRatio * item.RepairTime2, phiRegional, item.ShipTime2),
        ];
        return new EchelonNetwork(central, regions, item.UnitPrice);
    }

    /// <summary>Parses "B"/"baseline", "C"/"centralized", "D"/"decentralized" (case-insensitive).</summary>
    public static AbidarScenario ParseScenario(string text) => text?.Trim().ToLowerInvariant() switch
    {
        "b" or "baseline" => AbidarScenario.Baseline,
        "c" or "centralized" => AbidarScenario.Centralized,
        "d" or "decentralized" => AbidarScenario.Decentralized,
        _ => throw new ArgumentException($"unknown scenario '{text}': expected B (baseline), C (centralized) or D (decentralized)"),
    };

    /// <summary>The one-letter code of a scenario.</summary>
    public static string Code(AbidarScenario scenario) => scenario switch
    {
        AbidarScenario.Baseline => "B",
        AbidarScenario.Centralized => "C",
        _ => "D",
    };
}
