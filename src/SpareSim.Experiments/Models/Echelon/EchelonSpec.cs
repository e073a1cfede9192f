using SpareSim.Analytics.MultiEchelon;

namespace SpareSim.Experiments.Models.Echelon;

/// <summary>
/// A CMC/RMC network to simulate: the analytic network (rates, probabilities, mean times), a time
/// law per site with those means, the stock levels and how the CMC holds its stock.
/// </summary>
public sealed record EchelonSpec
{
    /// <summary>A validated specification; messages name the site.</summary>
    public EchelonSpec(string name, string timeUnit, EchelonNetwork network, IReadOnlyList<EchelonSiteLaws> laws, IReadOnlyList<int> stocks,
        bool splitPools = false, int amPoolStock = 0)
    {
        ArgumentNullException.ThrowIfNull(network);
        ArgumentNullException.ThrowIfNull(laws);
        network.CheckStocks(stocks);
        if (laws.Count != network.SiteCount) throw new ArgumentException($"expected {network.SiteCount} sets of laws (CMC first), got {laws.Count}", nameof(laws));
        if (amPoolStock < 0) throw new ArgumentException($"{network.Central.Name} AM pool: stock must be >= 0, got {amPoolStock}", nameof(amPoolStock));
        if (network.Central.DemandRate + network.Regions.Sum(r => r.DemandRate) <= 0) throw new ArgumentException("the network has no demand");
        Name = name;
        TimeUnit = timeUnit;
        Network = network;
        Laws = laws.ToArray();
        Stocks = stocks.ToArray();
        SplitPools = splitPools;
        AmPoolStock = amPoolStock;
    }

    /// <summary>Network name.</summary>
    public string Name { get; }

    /// <summary>Time unit of rates and times (informational).</summary>
    public string TimeUnit { get; }

    /// <summary>The analytic network (means only).</summary>
    public EchelonNetwork Network { get; }

    /// <summary>Time laws per site, CMC first.</summary>
    public IReadOnlyList<EchelonSiteLaws> Laws { get; }

    /// <summary>Stock levels, CMC first (with split pools, the CMC's is its CP pool's).</summary>
    public IReadOnlyList<int> Stocks { get; }

    /// <summary>
    /// Separate CP and AM pools at the CMC, as Abidar &amp; Chaabane's computation implicitly assumes: a
    /// request draws from (and waits for) the pool of the mode of the replenishment it triggers.
    /// </summary>
    public bool SplitPools { get; }

    /// <summary>Stock of the CMC's AM pool (split pools only).</summary>
    public int AmPoolStock { get; }

    /// <summary>Total failure rate of the network, Σ λ.</summary>
    public double DemandRate => Network.Central.DemandRate + Network.Regions.Sum(r => r.DemandRate);

    /// <summary>A copy at other stock levels (CMC first).</summary>
    public EchelonSpec WithStocks(IReadOnlyList<int> stocks) => new(Name, TimeUnit, Network, Laws, stocks, SplitPools, AmPoolStock);

    /// <summary>
    /// <paramref name="network"/> with repair and AM times of one family and shipping times of
    /// another (means from the network).
    /// </summary>
    public static EchelonSpec FromNetwork(string name, EchelonNetwork network, IReadOnlyList<int> stocks, string repairFamily, double repairCv,
        string shipFamily, double shipCv, bool splitPools = false, int amPoolStock = 0)
    {
        ArgumentNullException.ThrowIfNull(network);
        var c = network.Central;
        var laws = network.Regions.Select(r => new EchelonSiteLaws(new EchelonLaw(repairFamily, r.RepairTime, repairCv), new EchelonLaw(repairFamily, r.AmTime, repairCv),
            new EchelonLaw(shipFamily, r.ShipTime, shipCv))).Prepend(new EchelonSiteLaws(new EchelonLaw(repairFamily, c.RepairTime, repairCv), new EchelonLaw(repairFamily, c.AmTime, repairCv), null));
        return new EchelonSpec(name, "year", network, laws.ToArray(), stocks, splitPools, amPoolStock);
    }
}
