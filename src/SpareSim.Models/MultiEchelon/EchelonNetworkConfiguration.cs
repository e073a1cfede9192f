using SpareSim.Core.Distributions;

namespace SpareSim.Models.MultiEchelon;

/// <summary>How the CMC holds its serviceable stock.</summary>
public enum CentralStockMode
{
    /// <summary>One pool: AM-made and repaired units are interchangeable (the physical system).</summary>
    SinglePool,

    /// <summary>
    /// Separate CP and AM pools, as Abidar &amp; Chaabane's computation implicitly assumes: a request's
    /// pool is the mode of the replenishment it triggers, drawn when the request arrives.
    /// </summary>
    SplitPools,
}

/// <summary>The central maintenance center (CMC) of a simulated network.</summary>
/// <param name="Name">Site name.</param>
/// <param name="DemandRate">Poisson rate of the CMC's own failures (0: none).</param>
/// <param name="RepairTime">CP repair time law at the CMC.</param>
/// <param name="AmTime">AM production time law at the CMC.</param>
/// <param name="AmProbabilityOwn">Probability that the replenishment of an own failure is made by AM.</param>
/// <param name="AmProbabilityRegional">Probability that a regional carcass is replaced by AM at the CMC.</param>
/// <param name="Stock">Base stock (of the CP pool under <see cref="CentralStockMode.SplitPools"/>).</param>
/// <param name="AmPoolStock">Base stock of the AM pool under <see cref="CentralStockMode.SplitPools"/>; unused otherwise.</param>
public sealed record CentralDepotConfiguration(string Name, double DemandRate, IDistribution RepairTime, IDistribution AmTime,
    double AmProbabilityOwn, double AmProbabilityRegional, int Stock, int AmPoolStock = 0);

/// <summary>A regional maintenance center (RMC) of a simulated network.</summary>
/// <param name="Name">Site name.</param>
/// <param name="DemandRate">Poisson rate of failures at the site.</param>
/// <param name="LocalRepairProbability">Probability that a failed unit is repaired at the site (else sent to the CMC).</param>
/// <param name="RepairTime">Local CP repair time law.</param>
/// <param name="AmTime">Local AM production time law.</param>
/// <param name="AmProbability">Probability that a local replenishment is made by AM.</param>
/// <param name="ShipTime">Order-and-ship time law from the CMC, counted from when the CMC releases a unit.</param>
/// <param name="Stock">Base stock.</param>
public sealed record RegionalDepotConfiguration(string Name, double DemandRate, double LocalRepairProbability, IDistribution RepairTime,
    IDistribution AmTime, double AmProbability, IDistribution ShipTime, int Stock);

/// <summary>
/// A CMC and any number of RMCs for one item, each with its own laws and stock; one-for-one
/// replenishment, ample repair and AM capacity, FCFS backorders, no lateral transshipment. Regional
/// sites are addressed by index, so a lateral link can later be added as a site-to-site route.
/// </summary>
public sealed record EchelonNetworkConfiguration
{
    /// <summary>A validated configuration; errors name the site and field.</summary>
    public EchelonNetworkConfiguration(CentralDepotConfiguration central, IReadOnlyList<RegionalDepotConfiguration> regions, CentralStockMode mode = CentralStockMode.SinglePool)
    {
        ArgumentNullException.ThrowIfNull(central);
        ArgumentNullException.ThrowIfNull(regions);
        Rate(central.Name, central.DemandRate);
        Law(central.Name, "repair time", central.RepairTime);
        Law(central.Name, "AM time", central.AmTime);
        Probability(central.Name, "AM probability (own)", central.AmProbabilityOwn);
        Probability(central.Name, "AM probability (regional)", central.AmProbabilityRegional);
        Stock(central.Name, central.Stock);
        Stock(central.Name + " AM pool", central.AmPoolStock);
        if (regions.Count == 0) throw new ArgumentException("a network needs at least one regional site");
        foreach (var r in regions)
        {
            ArgumentNullException.ThrowIfNull(r);
            Rate(r.Name, r.DemandRate);
            Probability(r.Name, "local repair probability", r.LocalRepairProbability);
            Law(r.Name, "repair time", r.RepairTime);
            Law(r.Name, "AM time", r.AmTime);
            Probability(r.Name, "AM probability", r.AmProbability);
            Law(r.Name, "ship time", r.ShipTime);
            Stock(r.Name, r.Stock);
        }
        var names = regions.Select(r => r.Name).Prepend(central.Name).ToList();
        if (names.Any(string.IsNullOrWhiteSpace)) throw new ArgumentException("every site needs a name");
        if (names.Distinct(StringComparer.OrdinalIgnoreCase).Count() != names.Count) throw new ArgumentException("site names must be unique");
        if (!Enum.IsDefined(mode)) throw new ArgumentOutOfRangeException(nameof(mode));
        Central = central;
        Regions = regions.ToArray();
        Mode = mode;
    }

    /// <summary>The CMC.</summary>
    public CentralDepotConfiguration Central { get; }

    /// <summary>The RMCs, in order.</summary>
    public IReadOnlyList<RegionalDepotConfiguration> Regions { get; }

    /// <summary>Single or split CMC pools.</summary>
    public CentralStockMode Mode { get; }

    /// <summary>Site names, CMC first.</summary>
    public IReadOnlyList<string> SiteNames => Regions.Select(r => r.Name).Prepend(Central.Name).ToArray();

    /// <summary>The stock levels, CMC first (for split pools: the CP pool's).</summary>
    public IReadOnlyList<int> Stocks => Regions.Select(r => r.Stock).Prepend(Central.Stock).ToArray();

    /// <summary>A copy with other stock levels (CMC first; for split pools the AM pool keeps its stock).</summary>
    public EchelonNetworkConfiguration WithStocks(IReadOnlyList<int> stocks)
    {
        ArgumentNullException.ThrowIfNull(stocks);
        if (stocks.Count != Regions.Count + 1) throw new ArgumentException($"expected {Regions.Count + 1} stock levels (CMC first), got {stocks.Count}");
        return new EchelonNetworkConfiguration(Central with { Stock = stocks[0] }, Regions.Select((r, j) => r with { Stock = stocks[j + 1] }).ToArray(), Mode);
    }

    private static void Rate(string site, double rate)
    {
        if (!(rate >= 0) || double.IsInfinity(rate)) throw new ArgumentException($"{site}: demand rate must be finite and >= 0, got {rate}");
    }

    private static void Probability(string site, string what, double p)
    {
        if (!(p is >= 0 and <= 1)) throw new ArgumentException($"{site}: {what} must be in [0, 1], got {p}");
    }

    private static void Law(string site, string what, IDistribution? law)
    {
        if (law is null) throw new ArgumentException($"{site}: {what} law is missing");
    }

    private static void Stock(string site, int stock)
    {
        if (stock < 0) throw new ArgumentException($"{site}: stock must be >= 0, got {stock}");
    }
}
