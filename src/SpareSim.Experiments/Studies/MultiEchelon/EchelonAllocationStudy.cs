using System.Diagnostics;
using System.Globalization;
using System.Text;
using ScottPlot;
using SpareSim.Analytics.MultiEchelon;
using SpareSim.Experiments.Analysis;
using SpareSim.Experiments.Studies.DualSourcingValidation;
using SpareSim.Experiments.Models.Echelon;

namespace SpareSim.Experiments.Studies.MultiEchelon;

/// <summary>
/// The study behind <c>experiments/echelon-allocation.json</c>: for a network model file, the optimal
/// stock allocation across the CMC and the RMCs for every total 0..maxUnits (exact for the chosen
/// approximation, <see cref="StockAllocator"/>), the cost/effectiveness curve (investment against
/// system backorders and, with fleet data, availability), the answers to a budget, a backorder target
/// and an availability target, and every k-th curve point simulated with a 95% interval.
/// Writes curve.parquet, curve.png and report.md.
/// </summary>
public static class EchelonAllocationStudy
{
    /// <summary>Binds and validates the options (the model file included).</summary>
    public static EchelonAllocationOptions LoadOptions(string experimentFile, IEnumerable<string> overrides)
    {
        var options = StudyOptionsLoader.Load<EchelonAllocationOptions>(experimentFile, overrides);
        options.Validate();
        _ = Prepare(options);
        return options;
    }

    private static (EchelonSpec Model, EchelonNetwork Network, FleetAvailability? Fleet) Prepare(EchelonAllocationOptions options)
    {
        EchelonSpec model;
        try
        {
            model = EchelonDescriptionFile.Load(options.Network);
        }
        catch (ArgumentException e)
        {
            throw new ArgumentException($"network: {e.Message}");
        }
        var network = model.Network;
        FleetAvailability? fleet = options.SystemsPerSite.Count == 0 ? null : new FleetAvailability(options.SystemsPerSite, options.QuantityPerSystem);
        try
        {
            fleet?.Check(network);
        }
        catch (ArgumentException e)
        {
            throw new ArgumentException($"systemsPerSite: {e.Message}");
        }
        return (model, network, fleet);
    }

    /// <summary>
    /// Runs the study; the simulated curve points are one experiment of the echelon-network model,
    /// run by the experiment runner (resumable, shardable). Returns 0, or null when only a shard of
    /// the simulation was run.
    /// </summary>
    public static async Task<int?> RunAsync(EchelonAllocationOptions options, string commandLine, StudyContext context)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(context);
        options.Validate();
        var (model, network, fleet) = Prepare(options);
        Directory.CreateDirectory(options.Output);
        var sw = Stopwatch.StartNew();
        var curve = StockAllocator.Curve(network, options.MaxUnits, options.Approximation, fleet);
        var simulatedPoints = curve.Where(p => options.SimulateEvery > 0 && p.Units % options.SimulateEvery == 0).ToList();
        StudyRecords? simulated = null;
        if (simulatedPoints.Count > 0)
        {
            var cases = simulatedPoints.Select(p => (Inv($"{p.Units} units ({string.Join(",", p.Stocks)})"), model.WithStocks(p.Stocks))).ToList();
            var experiment = EchelonExperiment.Build("echelon-allocation-simulation",
                $"The simulation part of the echelon allocation study: every {options.SimulateEvery}-th point of the optimal curve of {options.Network} on the network engine.",
                cases, options.Output, options.Replications, options.FailuresPerReplication, options.WarmUpFraction, options.MasterSeed);
            simulated = await StudySimulation.RunAsync(experiment, options.Output, context with { Threads = options.DegreeOfParallelism });
            if (simulated is null) return null;
        }
        var rows = new List<SummaryRow>();
        foreach (var point in curve)
        {
            var metric = EchelonMetric.Evaluate(network, point.Stocks);
            var vari = EchelonMetric.Evaluate(network, point.Stocks, PipelineApproximation.VariMetric);
            var row = new SummaryRow();
            row.Texts["stocks"] = string.Join(",", point.Stocks);
            var n = row.Numbers;
            n["units"] = point.Units;
            n["investment"] = point.Investment;
            n["metric_backorders"] = metric.SystemBackorders;
            n["vari_metric_backorders"] = vari.SystemBackorders;
            n["availability"] = point.Availability;
            n["sim_backorders"] = double.NaN;
            n["sim_ci_low"] = double.NaN;
            n["sim_ci_high"] = double.NaN;
            n["sim_availability"] = double.NaN;
            if (simulated is not null && simulatedPoints.IndexOf(point) is var k and >= 0)
            {
                var ci = ConfidenceInterval.FromSample(simulated.Values(k, "system_backorders"));
                n["sim_backorders"] = ci.Mean;
                n["sim_ci_low"] = ci.Low;
                n["sim_ci_high"] = ci.High;
                if (fleet is not null)
                {
                    // Per replication, the availability formula at that replication's site backorders (CMC first).
                    var sites = Enumerable.Range(0, network.Regions.Count).Select(j => simulated.Values(k, EchelonNetworkModel.RegionMeasure(j + 1, "backorders")))
                        .Prepend(simulated.Values(k, "central_backorders")).ToArray();
                    n["sim_availability"] = Enumerable.Range(0, ci.Count).Average(r => fleet.Availability(sites.Select(x => x[r]).ToArray()));
                }
            }
            for (int j = 0; j < network.SiteCount; j++) n["stock_" + Snake(network.SiteNames[j])] = point.Stocks[j];
            rows.Add(row);
        }
        var columns = new List<string> { "units", "investment", "stocks" };
        columns.AddRange(network.SiteNames.Select(s => "stock_" + Snake(s)));
        columns.AddRange(["metric_backorders", "vari_metric_backorders", "availability", "sim_backorders", "sim_ci_low", "sim_ci_high", "sim_availability"]);
        var integers = new HashSet<string>(columns.Where(c => c.StartsWith("stock_", StringComparison.Ordinal))) { "units" };
        var metadata = StudyProvenance.For("echelon-allocation", options, options.MasterSeed, commandLine);
        await SummaryParquet.WriteAsync(Path.Combine(options.Output, "curve.parquet"), columns, rows, integers, metadata);
        WriteReport(options, model, network, curve, rows, sw.Elapsed, commandLine);
        SavePlot(Path.Combine(options.Output, "curve.png"), model, rows, options);
        return 0;
    }

    /// <summary>A site name as a snake_case column suffix.</summary>
    public static string Snake(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var sb = new StringBuilder();
        foreach (char ch in name.ToLowerInvariant()) sb.Append(char.IsAsciiLetterOrDigit(ch) ? ch : '_');
        return sb.ToString().Trim('_');
    }

    private static void WriteReport(EchelonAllocationOptions options, EchelonSpec model, EchelonNetwork network, IReadOnlyList<AllocationPoint> curve,
        IReadOnlyList<SummaryRow> rows, TimeSpan elapsed, string commandLine)
    {
        var md = new StringBuilder();
        md.AppendLine(Inv($"# Optimal stock allocation: {model.Name}"));
        md.AppendLine();
        md.AppendLine(Inv($"Command: `{commandLine}` ({elapsed.TotalSeconds:F0} s). Network `{options.Network}`: sites {string.Join(", ", network.SiteNames)}; unit price {network.UnitPrice:N0}; time unit {model.TimeUnit}."));
        md.AppendLine(Inv($"Objective: {(options.SystemsPerSite.Count > 0 ? "maximum fleet availability A = Π (1 − BOj/(Nj·Z))^Z" : "minimum system backorders")} under {(options.Approximation == PipelineApproximation.Metric ? "METRIC" : "VARI-METRIC")}, for every total number of units. Given the CMC stock the objective is separable and convex in the RMC stocks, so the unit-by-unit greedy is optimal; the CMC stock is enumerated: every point is the exact optimum of the approximation, not a heuristic."));
        md.AppendLine(Inv($"Simulated points: every {options.SimulateEvery} units, {options.Replications} replications of about {options.FailuresPerReplication:N0} failures, the model file's time laws, on the supply-network engine through the experiment runner (simulation.json, simulation/)."));
        md.AppendLine();
        if (options.Budget > 0)
        {
            var b = StockAllocator.ForBudget(curve, options.Budget);
            md.AppendLine(Inv($"- Budget {options.Budget:N0}: {b.Units} units at ({string.Join(", ", b.Stocks)}), investment {b.Investment:N0}, system backorders {b.SystemBackorders:F4}{Availability(b)}."));
        }
        if (options.BackorderTarget > 0)
        {
            var t = StockAllocator.ForBackorderTarget(curve, options.BackorderTarget);
            md.AppendLine(t is null ? Inv($"- Backorder target {options.BackorderTarget}: not reached with {options.MaxUnits} units.")
                : Inv($"- Backorder target {options.BackorderTarget}: {t.Units} units at ({string.Join(", ", t.Stocks)}), investment {t.Investment:N0}, system backorders {t.SystemBackorders:F4}{Availability(t)}."));
        }
        if (options.AvailabilityTarget > 0)
        {
            var a = StockAllocator.ForAvailabilityTarget(curve, options.AvailabilityTarget);
            md.AppendLine(a is null ? Inv($"- Availability target {options.AvailabilityTarget}: not reached with {options.MaxUnits} units.")
                : Inv($"- Availability target {options.AvailabilityTarget}: {a.Units} units at ({string.Join(", ", a.Stocks)}), investment {a.Investment:N0}{Availability(a)}."));
        }
        md.AppendLine();
        md.AppendLine("![curve](curve.png)");
        md.AppendLine();
        md.AppendLine(Inv($"| units | investment | stocks ({string.Join(", ", network.SiteNames)}) | METRIC EBO_sys | VARI-METRIC EBO_sys | availability | simulated EBO_sys [95% CI] | availability formula at simulated backorders |"));
        md.AppendLine("|---|---|---|---|---|---|---|---|");
        foreach (var r in rows)
        {
            var n = r.Numbers;
            string sim = double.IsNaN(n["sim_backorders"]) ? "" : Inv($"{n["sim_backorders"]:F4} [{n["sim_ci_low"]:F4}, {n["sim_ci_high"]:F4}]");
            md.AppendLine(Inv($"| {n["units"]} | {n["investment"]:N0} | {r.Texts["stocks"]} | {n["metric_backorders"]:F4} | {n["vari_metric_backorders"]:F4} | {ReportText.Number(n["availability"])} | {sim} | {ReportText.Number(n["sim_availability"])} |"));
        }
        File.WriteAllText(Path.Combine(options.Output, "report.md"), md.ToString());
    }

    private static void SavePlot(string path, EchelonSpec model, IReadOnlyList<SummaryRow> rows, EchelonAllocationOptions options)
    {
        var plot = new Plot();
        double[] x = rows.Select(r => r.Numbers["investment"]).ToArray();
        var metric = plot.Add.Scatter(x, rows.Select(r => r.Numbers["metric_backorders"]).ToArray());
        metric.LegendText = "METRIC";
        var vari = plot.Add.Scatter(x, rows.Select(r => r.Numbers["vari_metric_backorders"]).ToArray());
        vari.LegendText = "VARI-METRIC";
        var simulated = rows.Where(r => !double.IsNaN(r.Numbers["sim_backorders"])).ToList();
        if (simulated.Count > 0)
        {
            double[] sx = simulated.Select(r => r.Numbers["investment"]).ToArray();
            double[] sy = simulated.Select(r => r.Numbers["sim_backorders"]).ToArray();
            var bars = plot.Add.ErrorBar(sx, sy, simulated.Select(r => (r.Numbers["sim_ci_high"] - r.Numbers["sim_ci_low"]) / 2).ToArray());
            var points = plot.Add.ScatterPoints(sx, sy);
            points.LegendText = "simulation (95% CI)";
            bars.Color = points.Color;
        }
        plot.Axes.SetLimitsY(0, rows.Max(r => r.Numbers["vari_metric_backorders"]) * 1.05);
        plot.Title(Inv($"{model.Name}: optimal allocation ({options.Method}), system backorders vs investment"));
        plot.XLabel("investment (units × unit price)");
        plot.YLabel("expected system backorders");
        plot.ShowLegend(Alignment.UpperRight);
        plot.SavePng(path, 1000, 600);
    }

    private static string Availability(AllocationPoint p) => double.IsNaN(p.Availability) ? "" : Inv($", availability {p.Availability:F4}");

    private static string Inv(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
