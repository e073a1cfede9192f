namespace SpareSim.Analytics.MultiEchelon;

/// <summary>
/// Fleet data for availability: the systems (aircraft) each site supports, CMC first, and the number
/// of units of the item per system. Availability is Sherbrooke's A = Πj (1 − BOj/(Nj·Z))^Z.
/// </summary>
/// <param name="SystemsPerSite">Nj, systems supported by each site, CMC first.</param>
/// <param name="QuantityPerSystem">Z, units of the item installed per system.</param>
public sealed record FleetAvailability(IReadOnlyList<int> SystemsPerSite, int QuantityPerSystem)
{
    /// <summary>Availability given customer backorders per site (CMC first).</summary>
    public double Availability(IReadOnlyList<double> siteBackorders)
    {
        ArgumentNullException.ThrowIfNull(siteBackorders);
        double log = 0;
        for (int j = 0; j < siteBackorders.Count; j++) log -= Penalty(j, siteBackorders[j]);
        return Math.Exp(log);
    }

    /// <summary>−Z·ln(1 − BO/(N·Z)) for site <paramref name="site"/>: convex and increasing in BO.</summary>
    internal double Penalty(int site, double backorders)
    {
        int n = SystemsPerSite[site];
        if (n == 0) return 0;
        double up = 1 - backorders / ((double)n * QuantityPerSystem);
        // Beyond every unit down the formula has no meaning; a huge finite penalty keeps the greedy steps comparable.
        return -QuantityPerSystem * Math.Log(Math.Max(up, 1e-12));
    }

    /// <summary>Checks the fleet data against <paramref name="network"/>; throws naming the site.</summary>
    public void Check(EchelonNetwork network)
    {
        ArgumentNullException.ThrowIfNull(network);
        if (SystemsPerSite is null || SystemsPerSite.Count != network.SiteCount)
            throw new ArgumentException($"fleet: expected {network.SiteCount} system counts (CMC first), got {SystemsPerSite?.Count ?? 0}");
        if (QuantityPerSystem < 1) throw new ArgumentException("fleet: quantity per system must be >= 1");
        var demand = network.Regions.Select(r => r.DemandRate).Prepend(network.Central.DemandRate).ToArray();
        for (int j = 0; j < SystemsPerSite.Count; j++)
        {
            if (SystemsPerSite[j] < 0) throw new ArgumentException($"fleet: systems at {network.SiteNames[j]} must be >= 0");
            if (SystemsPerSite[j] == 0 && demand[j] > 0) throw new ArgumentException($"fleet: {network.SiteNames[j]} has demand but no systems");
        }
    }
}

/// <summary>One point of the optimal stock-allocation curve.</summary>
/// <param name="Units">Total units of stock in the network.</param>
/// <param name="Stocks">The best allocation of <paramref name="Units"/>, CMC first.</param>
/// <param name="SystemBackorders">EBO_sys at that allocation.</param>
/// <param name="Investment">Units × unit price.</param>
/// <param name="Availability">Fleet availability, when fleet data were given (else NaN).</param>
public sealed record AllocationPoint(int Units, IReadOnlyList<int> Stocks, double SystemBackorders, double Investment, double Availability);

/// <summary>
/// Marginal allocation of stock across the sites of one item (not in Abidar &amp; Chaabane, who evaluate
/// fixed stocks only): for every total number of units n, the allocation with the fewest system
/// backorders or, with fleet data, the highest availability. Given the CMC stock s0, the objective
/// is a sum of convex functions of the RMC stocks, so adding units one at a time where they remove
/// the most is optimal for every n (Fox 1966); the CMC stock, whose effect is not convex, is
/// enumerated. The result is the exact optimum of the METRIC / VARI-METRIC objective, not a greedy
/// heuristic over all sites.
/// </summary>
public static class StockAllocator
{
    /// <summary>The optimal allocation for every total n = 0..<paramref name="maxUnits"/>.</summary>
    public static IReadOnlyList<AllocationPoint> Curve(EchelonNetwork network, int maxUnits, PipelineApproximation method = PipelineApproximation.Metric, FleetAvailability? fleet = null)
    {
        ArgumentNullException.ThrowIfNull(network);
        if (maxUnits < 0) throw new ArgumentOutOfRangeException(nameof(maxUnits), maxUnits, "must be >= 0");
        fleet?.Check(network);
        int regions = network.Regions.Count;
        var bestValue = Enumerable.Repeat(double.PositiveInfinity, maxUnits + 1).ToArray();
        var bestStocks = new int[maxUnits + 1][];

        for (int s0 = 0; s0 <= maxUnits; s0++)
        {
            var central = EchelonMetric.EvaluateCentral(network, s0);
            double centralTerm = Weight(fleet, 0, central.CustomerBackorders);
            var pipelines = Enumerable.Range(0, regions).Select(j => EchelonMetric.RegionalPipeline(network, j, central)).ToArray();
            var stocks = new int[regions];
            var terms = new double[regions];
            for (int j = 0; j < regions; j++) terms[j] = Term(fleet, j, 0, pipelines[j], method);
            for (int n = s0; n <= maxUnits; n++)
            {
                if (n > s0)
                {
                    // Add the unit where it removes the most (first site on ties).
                    int pick = 0;
                    double bestGain = double.NegativeInfinity, pickTerm = 0;
                    for (int j = 0; j < regions; j++)
                    {
                        double next = Term(fleet, j, stocks[j] + 1, pipelines[j], method);
                        double gain = terms[j] - next;
                        if (gain > bestGain) { bestGain = gain; pick = j; pickTerm = next; }
                    }
                    stocks[pick]++;
                    terms[pick] = pickTerm;
                }
                double value = centralTerm + terms.Sum();
                if (value < bestValue[n] - 1e-15 * Math.Abs(value))
                {
                    bestValue[n] = value;
                    bestStocks[n] = stocks.Prepend(s0).ToArray();
                }
            }
        }

        return Enumerable.Range(0, maxUnits + 1).Select(n =>
        {
            var r = EchelonMetric.Evaluate(network, bestStocks[n], method);
            double availability = fleet?.Availability(r.SiteBackorders) ?? double.NaN;
            return new AllocationPoint(n, bestStocks[n], r.SystemBackorders, n * network.UnitPrice, availability);
        }).ToArray();
    }

    /// <summary>The best point whose investment does not exceed <paramref name="budget"/>.</summary>
    public static AllocationPoint ForBudget(IReadOnlyList<AllocationPoint> curve, double budget)
    {
        ArgumentNullException.ThrowIfNull(curve);
        return curve.LastOrDefault(p => p.Investment <= budget + 1e-9) ?? throw new ArgumentException($"budget {budget} buys no allocation (the curve starts at {curve[0].Investment})");
    }

    /// <summary>The cheapest point with EBO_sys at most <paramref name="target"/>, or null if the curve never gets there.</summary>
    public static AllocationPoint? ForBackorderTarget(IReadOnlyList<AllocationPoint> curve, double target)
    {
        ArgumentNullException.ThrowIfNull(curve);
        return curve.FirstOrDefault(p => p.SystemBackorders <= target);
    }

    /// <summary>The cheapest point with availability at least <paramref name="target"/> (curve built with fleet data), or null.</summary>
    public static AllocationPoint? ForAvailabilityTarget(IReadOnlyList<AllocationPoint> curve, double target)
    {
        ArgumentNullException.ThrowIfNull(curve);
        if (curve.Count > 0 && double.IsNaN(curve[0].Availability)) throw new ArgumentException("the curve has no availability: build it with fleet data");
        return curve.FirstOrDefault(p => p.Availability >= target);
    }

    private static double Term(FleetAvailability? fleet, int region, int stock, (double Mean, double Variance) pipeline, PipelineApproximation method) =>
        Weight(fleet, region + 1, EchelonMetric.Backorders(stock, pipeline.Mean, pipeline.Variance, method));

    private static double Weight(FleetAvailability? fleet, int site, double backorders) => fleet is null ? backorders : fleet.Penalty(site, backorders);
}
