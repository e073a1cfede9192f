namespace SpareSim.Analytics.MultiEchelon;

/// <summary>
/// The central maintenance center (CMC, the depot) of a two-echelon repairable-item network. Its own
/// failures and the carcasses the regional sites cannot repair are replenished at the CMC, by
/// conventional repair (CP) or, with the given probabilities, by additive manufacturing (AM).
/// Times are in the network's time unit (years in Abidar &amp; Chaabane).
/// </summary>
/// <param name="Name">Site name, e.g. "CMC".</param>
/// <param name="DemandRate">λ0, failures of the CMC's own customers per time unit (Poisson).</param>
/// <param name="RepairTime">ν0, mean CP repair time at the CMC.</param>
/// <param name="AmTime">γ0, mean AM production time at the CMC.</param>
/// <param name="AmProbabilityOwn">Probability that a replenishment of the CMC's own failures is made by AM.</param>
/// <param name="AmProbabilityRegional">Probability that a carcass sent by a regional site is replaced by AM at the CMC.</param>
public sealed record CentralSite(string Name, double DemandRate, double RepairTime, double AmTime, double AmProbabilityOwn, double AmProbabilityRegional)
{
    /// <summary>Mean replenishment time of the CMC's own failures, (1 − φ_own)ν0 + φ_own·γ0.</summary>
    public double OwnReplenishmentTime => (1 - AmProbabilityOwn) * RepairTime + AmProbabilityOwn * AmTime;

    /// <summary>Mean replenishment time of a regional carcass at the CMC.</summary>
    public double RegionalReplenishmentTime => (1 - AmProbabilityRegional) * RepairTime + AmProbabilityRegional * AmTime;
}

/// <summary>
/// A regional maintenance center (RMC, a base): a failure is repaired locally with probability ρ (by
/// AM with probability φ, else CP); otherwise the carcass goes to the CMC and the RMC orders a
/// serviceable unit from CMC stock, shipped in the order-and-ship time τ after it leaves the CMC.
/// </summary>
/// <param name="Name">Site name, e.g. "RMC1".</param>
/// <param name="DemandRate">λj, failures per time unit (Poisson).</param>
/// <param name="LocalRepairProbability">ρj, probability that a failed unit is repaired at the site.</param>
/// <param name="RepairTime">νj, mean local CP repair time.</param>
/// <param name="AmTime">γj, mean local AM production time.</param>
/// <param name="AmProbability">φj, probability that a local replenishment is made by AM.</param>
/// <param name="ShipTime">τj, mean order-and-ship time from the CMC.</param>
public sealed record RegionalSite(string Name, double DemandRate, double LocalRepairProbability, double RepairTime, double AmTime, double AmProbability, double ShipTime)
{
    /// <summary>Mean local replenishment time, (1 − φj)νj + φj·γj.</summary>
    public double LocalReplenishmentTime => (1 - AmProbability) * RepairTime + AmProbability * AmTime;

    /// <summary>Rate of carcasses this site sends to the CMC, λj(1 − ρj).</summary>
    public double CarcassRate => DemandRate * (1 - LocalRepairProbability);
}

/// <summary>
/// One item in a CMC + any number of RMCs network, with one serviceable pool per site (AM and CP
/// parts interchangeable), (s − 1, s) base stock at every site and ample repair/AM capacity:
/// the physical model that METRIC, VARI-METRIC and the simulation all describe.
/// </summary>
public sealed record EchelonNetwork
{
    /// <summary>A validated network.</summary>
    public EchelonNetwork(CentralSite central, IReadOnlyList<RegionalSite> regions, double unitPrice = 1)
    {
        ArgumentNullException.ThrowIfNull(central);
        ArgumentNullException.ThrowIfNull(regions);
        Check(central.DemandRate >= 0 && double.IsFinite(central.DemandRate), $"{central.Name}: demand rate must be finite and >= 0");
        Check(central.RepairTime >= 0 && double.IsFinite(central.RepairTime), $"{central.Name}: repair time must be finite and >= 0");
        Check(central.AmTime >= 0 && double.IsFinite(central.AmTime), $"{central.Name}: AM time must be finite and >= 0");
        Check(central.AmProbabilityOwn is >= 0 and <= 1, $"{central.Name}: AM probability (own) must be in [0, 1]");
        Check(central.AmProbabilityRegional is >= 0 and <= 1, $"{central.Name}: AM probability (regional) must be in [0, 1]");
        Check(regions.Count > 0, "a network needs at least one regional site");
        foreach (var r in regions)
        {
            ArgumentNullException.ThrowIfNull(r);
            Check(r.DemandRate >= 0 && double.IsFinite(r.DemandRate), $"{r.Name}: demand rate must be finite and >= 0");
            Check(r.LocalRepairProbability is >= 0 and <= 1, $"{r.Name}: local repair probability must be in [0, 1]");
            Check(r.RepairTime >= 0 && double.IsFinite(r.RepairTime), $"{r.Name}: repair time must be finite and >= 0");
            Check(r.AmTime >= 0 && double.IsFinite(r.AmTime), $"{r.Name}: AM time must be finite and >= 0");
            Check(r.AmProbability is >= 0 and <= 1, $"{r.Name}: AM probability must be in [0, 1]");
            Check(r.ShipTime >= 0 && double.IsFinite(r.ShipTime), $"{r.Name}: ship time must be finite and >= 0");
        }
        var names = regions.Select(r => r.Name).Prepend(central.Name).ToList();
        Check(names.All(n => !string.IsNullOrWhiteSpace(n)), "every site needs a name");
        Check(names.Distinct(StringComparer.OrdinalIgnoreCase).Count() == names.Count, "site names must be unique");
        Check(unitPrice >= 0 && double.IsFinite(unitPrice), "unit price must be finite and >= 0");
        Central = central;
        Regions = regions.ToArray();
        UnitPrice = unitPrice;
    }

    /// <summary>The CMC.</summary>
    public CentralSite Central { get; }

    /// <summary>The RMCs, in order; site index j = 1..n (index 0 is the CMC).</summary>
    public IReadOnlyList<RegionalSite> Regions { get; }

    /// <summary>Unit price P, for the cost of backorders (Abidar's Table 5) and of stock investment.</summary>
    public double UnitPrice { get; }

    /// <summary>Number of sites, CMC included.</summary>
    public int SiteCount => Regions.Count + 1;

    /// <summary>Site names, CMC first.</summary>
    public IReadOnlyList<string> SiteNames => Regions.Select(r => r.Name).Prepend(Central.Name).ToArray();

    /// <summary>Λ0 = λ0 + Σj λj(1 − ρj), all requests on CMC stock.</summary>
    public double CentralRequestRate => Central.DemandRate + Regions.Sum(r => r.CarcassRate);

    /// <summary>μ0, the mean CMC replenishment pipeline (Palm: Poisson with this mean).</summary>
    public double CentralPipeline => Central.DemandRate * Central.OwnReplenishmentTime + Regions.Sum(r => r.CarcassRate) * Central.RegionalReplenishmentTime;

    /// <summary>Checks a stock vector (CMC first) against the network.</summary>
    public void CheckStocks(IReadOnlyList<int> stocks)
    {
        ArgumentNullException.ThrowIfNull(stocks);
        if (stocks.Count != SiteCount) throw new ArgumentException($"expected {SiteCount} stock levels (CMC first), got {stocks.Count}", nameof(stocks));
        for (int j = 0; j < stocks.Count; j++)
            if (stocks[j] < 0) throw new ArgumentException($"stock of {SiteNames[j]} must be >= 0, got {stocks[j]}", nameof(stocks));
    }

    private static void Check(bool ok, string message)
    {
        if (!ok) throw new ArgumentException(message);
    }
}
