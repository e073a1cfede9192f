using SpareSim.Models.Network.Definition;
using SpareSim.Models.Network.File;

namespace SpareSim.Models.Network.Engine;

/// <summary>
/// The measures of a supply-network replication, long-run averages per time unit over the
/// observation period. Network-wide: cost by component (purchase, repair, print, holding,
/// downtime, maintenance, transport, minus operational savings), availability (time average of
/// systems up), down systems, failure rate, units in resupply. Per site with installed bases:
/// availability and down systems. Per stock point SITE_PART: backorders (waiting demands), fill
/// rate, mean waiting time per demand, pipeline mean and variance, on hand, orders placed per time
/// unit (a batch once), stockout deliveries per time unit (deliveries that find demands waiting; units
/// landing at one instant count once; under (s, Q) with a fixed lead time, per order, 1 − the cycle
/// service level P(lead-time demand ≤ s)); under the emergency
/// shortage rule the emergency fraction (emergencies per failure) and emergency rate; per version order rate
/// (and on hand and installed when the part has several versions); with a review, expedites,
/// usable stopgaps and unmet print requests per time unit and print attempts per convoy cycle
/// (mean, variance). With period-end booking, holding and downtime are booked on period-end
/// states, and availability and down systems at period ends are added. Per printer pool: utilisation,
/// queue length, mean wait for a printer, print attempts per time unit. Per convoy: departures and
/// cancellations per time unit. Per disruption: the fraction of the observation period it was
/// active. Names use '_' for '-'.
/// </summary>
internal static class NetworkMeasures
{
    public static IReadOnlyList<string> Names(NetworkDefinition network)
    {
        var names = new List<string>
        {
            "cost_total", "cost_purchase", "cost_repair", "cost_print", "cost_holding", "cost_downtime", "cost_maintenance", "cost_transport",
            "cost_expedite", "saving_operational", "availability", "down_systems", "failure_rate", "units_in_resupply",
        };
        if (network.CostBooking == CostBooking.PeriodEnd) names.AddRange(["availability_period_end", "down_systems_period_end"]);
        foreach (int site in SitesWithBases(network))
        {
            names.Add($"availability_{Id(network.Sites[site].Name)}");
            names.Add($"down_systems_{Id(network.Sites[site].Name)}");
        }
        foreach (var p in network.StockPoints)
        {
            string sp = StockPointId(network, p);
            names.AddRange([$"backorders_{sp}", $"fill_rate_{sp}", $"waiting_time_{sp}", $"pipeline_{sp}", $"pipeline_variance_{sp}", $"on_hand_{sp}",
                $"replenishment_rate_{sp}", $"stockout_rate_{sp}"]);
            if (p.Shortage == ShortageRule.Emergency) names.AddRange([$"emergency_fraction_{sp}", $"emergency_rate_{sp}"]);
            if (p.Review is not null)
                names.AddRange([$"expedite_rate_{sp}", $"stopgap_print_rate_{sp}", $"unmet_print_rate_{sp}", $"prints_per_cycle_{sp}", $"prints_per_cycle_variance_{sp}"]);
            var versions = network.Parts[p.Part].Versions;
            if (versions.Count == 1)
            {
                names.Add($"order_rate_{sp}");
                continue;
            }
            foreach (var v in versions) names.Add($"order_rate_{sp}_{Id(v.Name)}");
            foreach (var v in versions) names.Add($"on_hand_{sp}_{Id(v.Name)}");
            if (HasRenewalBase(network, p))
                foreach (var v in versions) names.Add($"installed_{sp}_{Id(v.Name)}");
        }
        foreach (var s in network.Sources.Where(s => s.Kind == SourceKind.Printer))
            names.AddRange([$"printer_utilisation_{Id(s.Name)}", $"printer_queue_{Id(s.Name)}", $"print_wait_{Id(s.Name)}", $"print_attempt_rate_{Id(s.Name)}"]);
        foreach (var c in network.Convoys) names.AddRange([$"departure_rate_{Id(c.Name)}", $"cancellation_rate_{Id(c.Name)}"]);
        foreach (var d in network.Disruptions) names.Add($"disrupted_fraction_{Id(d.Name)}");
        if (names.GroupBy(n => n).FirstOrDefault(g => g.Count() > 1) is { } clash)
            throw new NetworkModelException("$", $"two elements give the measure name '{clash.Key}'; rename one (names differ only in '-' and '_'?)");
        return names;
    }

    public static double[] Values(NetworkDefinition network, double now, double time, NetworkLedger ledger, StockPointNode[] points, InstalledBaseNode[] bases,
        PrinterPool[] printers, Transport[] inbound, ConvoyService[] convoys, Disruptions.DisruptionProcess[] disruptions)
    {
        double holding = 0, downtime = 0, saving = 0, down = 0, failures = 0, pipeline = 0;
        int systems = 0;
        foreach (var p in points)
            for (int v = 0; v < p.VersionNames.Count; v++) holding += p.HoldingRate * p.Price(v) * p.OnHandAverage(v, now);
        foreach (var b in bases)
        {
            double d = b.Down.TimeAverage(now);
            down += d;
            downtime += b.Definition.DowntimeCost * d;
            failures += b.Failures;
            systems += b.Definition.Systems;
            if (b.Definition.SavingPerInstalledUnit is { } s && b.IsRenewal)
            {
                var point = points[network.StockPointOf(b.Definition.Site, b.Definition.Part)];
                for (int v = 0; v < s.Count; v++) saving += s[v] * point.InstalledAverage(v, now);
            }
        }
        foreach (var p in points) pipeline += p.PipelineStat.TimeAverage(now);
        bool periodEnds = network.CostBooking == CostBooking.PeriodEnd;
        if (periodEnds)
        {
            // Booked on the state at each period end; a period is one time unit, so the mean per period is the rate.
            long periods = Math.Max(1, ledger.Periods);
            holding = ledger.PeriodEndHolding / periods;
            downtime = ledger.PeriodEndDowntime / periods;
        }
        double purchase = ledger.Purchase / time, repair = ledger.Repair / time, print = ledger.Print / time;
        double maintenance = ledger.Maintenance / time, transport = (ledger.Transport + Shipping(network, inbound)) / time, expedite = ledger.Expedite / time;
        var values = new List<double>
        {
            purchase + repair + print + holding + downtime + maintenance + transport + expedite - saving,
            purchase, repair, print, holding, downtime, maintenance, transport, expedite, saving,
            systems == 0 ? double.NaN : 1 - down / systems, down, failures / time, pipeline,
        };
        if (periodEnds)
        {
            double downAtEnds = ledger.PeriodEndDown / Math.Max(1, ledger.Periods);
            values.Add(systems == 0 ? double.NaN : 1 - downAtEnds / systems);
            values.Add(downAtEnds);
        }
        foreach (int site in SitesWithBases(network))
        {
            double siteDown = bases.Where(b => b.Definition.Site == site).Sum(b => b.Down.TimeAverage(now));
            int siteSystems = bases.Where(b => b.Definition.Site == site).Sum(b => b.Definition.Systems);
            values.Add(1 - siteDown / siteSystems);
            values.Add(siteDown);
        }
        foreach (var p in points)
        {
            values.Add(p.BackorderStat.TimeAverage(now));
            values.Add(p.Demands == 0 ? double.NaN : (double)p.FilledFromShelf / p.Demands);
            values.Add(p.Demands == 0 ? double.NaN : p.TotalWait / p.Demands);
            values.Add(p.PipelineStat.TimeAverage(now));
            values.Add(p.PipelineStat.TimeVariance(now));
            double onHand = 0;
            for (int v = 0; v < p.VersionNames.Count; v++) onHand += p.OnHandAverage(v, now);
            values.Add(onHand);
            values.Add(p.Replenishments / time);
            values.Add(p.Stockouts / time);
            if (network.StockPoints[p.Index].Shortage == ShortageRule.Emergency)
            {
                values.Add(p.FailureDemands == 0 ? double.NaN : (double)p.Emergencies / p.FailureDemands);
                values.Add(p.Emergencies / time);
            }
            if (network.StockPoints[p.Index].Review is not null)
            {
                values.Add(p.Expedites / time);
                values.Add(p.StopgapPrints / time);
                values.Add(p.UnmetPrints / time);
                values.Add(p.PrintsPerCycle.Count > 0 ? p.PrintsPerCycle.Mean : double.NaN);
                values.Add(p.PrintsPerCycle.Count > 1 ? p.PrintsPerCycle.Variance : double.NaN);
            }
            int n = p.VersionNames.Count;
            for (int v = 0; v < n; v++) values.Add(p.Orders[v] / time);
            if (n == 1) continue;
            for (int v = 0; v < n; v++) values.Add(p.OnHandAverage(v, now));
            if (HasRenewalBase(network, network.StockPoints[p.Index]))
                for (int v = 0; v < n; v++) values.Add(p.InstalledAverage(v, now));
        }
        foreach (var pool in printers)
        {
            int count = pool.Definition.Printers;
            double busy = pool.Busy.TimeAverage(now);
            values.Add(count > 0 ? busy / count : double.NaN);
            values.Add(pool.Queue.TimeAverage(now));
            values.Add(pool.Waits.Count > 0 ? pool.Waits.Mean : double.NaN);
            values.Add(pool.Attempts / time);
        }
        foreach (var c in convoys)
        {
            values.Add(c.Departures / time);
            values.Add(c.Cancellations / time);
        }
        foreach (var d in disruptions) values.Add(d.Active.TimeAverage(now));
        return [.. values];
    }

    /// <summary>Measure-name form of an element name.</summary>
    public static string Id(string name) => name.Replace('-', '_');

    private static string StockPointId(NetworkDefinition network, StockPointDefinition p) =>
        $"{Id(network.Sites[p.Site].Name)}_{Id(network.Parts[p.Part].Name)}";

    // Installed counts are tracked (and reported) only for renewal-mode bases.
    private static bool HasRenewalBase(NetworkDefinition network, StockPointDefinition p) =>
        network.InstalledBases.Any(b => b.Site == p.Site && b.Part == p.Part && b.FailureMode == FailureMode.Renewal);

    private static IEnumerable<int> SitesWithBases(NetworkDefinition network) =>
        network.InstalledBases.Select(b => b.Site).Distinct().Order();

    private static double Shipping(NetworkDefinition network, Transport[] inbound)
    {
        double cost = 0;
        for (int s = 0; s < inbound.Length; s++) cost += inbound[s].Shipments * network.Sites[s].CostPerShipment;
        return cost;
    }
}
