using SpareSim.Experiments.Simulation;
using SpareSim.Models.Network.Definition;

namespace SpareSim.Experiments.Models.SupplyNetwork;

/// <summary>
/// What a run of a supply network needs, roughly, for the run budget (the time estimate, the
/// guard against runs too long to simulate, the memory check): events from the failure rates of
/// the installed units (each failure, and per level of the site tree above it a replenishment and
/// a shipment), convoy departures and arrivals, per-period failure checks, reviews and bookings;
/// memory from the units and spares the engine keeps.
/// </summary>
internal static class NetworkRunEstimate
{
    // The engine keeps a few hundred bytes per installed unit and per spare (its process or queue
    // entry and its record), besides a fixed part.
    private const double BytesPerItem = 300;
    private const double FixedBytes = 64_000;

    public static RunEstimate Of(NetworkDefinition network)
    {
        ArgumentNullException.ThrowIfNull(network);
        double events = 0;
        double items = network.StockPoints.Sum(s => (double)s.BaseStock);
        string driver = "RunLength";
        int mostUnits = 0;
        foreach (var installed in network.InstalledBases)
        {
            // The failure rate of the units installed at the start, by version (per-period
            // failures carry an exponential of the same mean for estimates).
            double failures = 0;
            for (int v = 0; v < installed.InitialInstalled.Count; v++)
            {
                double mean = installed.Lifetimes[v].Mean;
                if (installed.InitialInstalled[v] > 0 && mean > 0) failures += installed.InitialInstalled[v] / mean;
            }
            events += failures * EventsPerFailure(network, installed.Site);
            if (installed.FailureMode == FailureMode.PerPeriod) events += 1; // the check of every unit at mid-period
            // Poisson failures come from one stream per installed base (customers, not units);
            // the other modes keep each unit.
            if (installed.FailureMode == FailureMode.Poisson) continue;
            items += installed.Units;
            if (installed.Units > mostUnits)
            {
                mostUnits = installed.Units;
                driver = $"installedBases:{installed.Name}:systems";
            }
        }
        foreach (var convoy in network.Convoys) events += 2 / convoy.Period; // a departure and an arrival
        events += network.StockPoints.Count(s => s.Review is not null); // one review per period
        if (network.CostBooking == CostBooking.PeriodEnd) events += 1;
        return new RunEstimate(events, FixedBytes + BytesPerItem * items, 0, driver);
    }

    /// <summary>The failure itself, its replacement, and a replenishment and a shipment per level above the site.</summary>
    private static double EventsPerFailure(NetworkDefinition network, int site)
    {
        int levels = 0;
        for (int s = site; network.Sites[s].Parent >= 0; s = network.Sites[s].Parent) levels++;
        return 2 + 2 * levels;
    }
}
