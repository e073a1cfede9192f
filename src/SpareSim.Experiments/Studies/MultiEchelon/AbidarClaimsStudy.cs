using System.Diagnostics;
using System.Globalization;
using SpareSim.Analytics.MultiEchelon;
using SpareSim.Experiments.Analysis;
using SpareSim.Experiments.Studies.DualSourcingValidation;
using SpareSim.Models.MultiEchelon;

namespace SpareSim.Experiments.Studies.MultiEchelon;

/// <summary>
/// The study behind <c>experiments/abidar-claims.json</c>: Abidar &amp; Chaabane's conclusions checked
/// three ways (spec §0, §2.10, §3.8): (1) which scenario has the fewest backorders over the paper's
/// grid, under the paper-faithful computation (PF) and under physical METRIC with s at every site;
/// (2) the same comparisons simulated, paired by common random numbers; (3) the "70% AM-probability
/// threshold" at AM time = CP time: PF's crossover φ* (against the spec's table), and a simulated φ
/// sweep with one CMC pool (the physical system) and with split CP/AM pools (the paper's structure).
/// Writes analytic-winners.parquet, phi-threshold.parquet, simulated-comparisons.parquet,
/// split-pool-sweep.parquet, report.md and phi-sweep.png.
/// </summary>
public static class AbidarClaimsStudy
{
    private static readonly AbidarScenario[] All = [AbidarScenario.Baseline, AbidarScenario.Centralized, AbidarScenario.Decentralized];
    private static readonly double[] TimeRatios = [0.5, 1, 2];

    /// <summary>Spec §2.10: crossover φ* at rt = 1 inside PF for s = 1..10 (item, m → values).</summary>
    public static IReadOnlyDictionary<(int Item, double Demand), double[]> SpecPhiStar { get; } = new Dictionary<(int, double), double[]>
    {
        [(162, 10)] = [0.716, 0.694, 0.681, 0.671, 0.665, 0.660, 0.656, 0.653, 0.650, 0.648],
        [(162, 75)] = [0.784, 0.752, 0.727, 0.707, 0.693, 0.682, 0.673, 0.667, 0.662, 0.658],
        [(162, 150)] = [0.827, 0.806, 0.784, 0.763, 0.743, 0.726, 0.711, 0.698, 0.688, 0.679],
        [(163, 10)] = [0.736, 0.712, 0.696, 0.686, 0.679, 0.674, 0.670, 0.666, 0.664, 0.662],
        [(163, 75)] = [0.825, 0.791, 0.762, 0.738, 0.720, 0.706, 0.695, 0.687, 0.680, 0.675],
        [(163, 150)] = [0.870, 0.848, 0.827, 0.806, 0.786, 0.767, 0.750, 0.735, 0.722, 0.710],
        [(164, 10)] = [0.757, 0.729, 0.712, 0.701, 0.693, 0.687, 0.683, 0.679, 0.677, 0.675],
        [(164, 75)] = [0.867, 0.835, 0.805, 0.780, 0.758, 0.740, 0.725, 0.713, 0.704, 0.697],
        [(164, 150)] = [0.909, 0.889, 0.870, 0.852, 0.834, 0.817, 0.801, 0.785, 0.770, 0.757],
    };

    /// <summary>Binds and validates the options.</summary>
    public static AbidarClaimsOptions LoadOptions(string experimentFile, IEnumerable<string> overrides)
    {
        var options = StudyOptionsLoader.Load<AbidarClaimsOptions>(experimentFile, overrides);
        options.Validate();
        return options;
    }

    /// <summary>Runs the study; returns 0.</summary>
    public static async Task<int> RunAsync(AbidarClaimsOptions options, string commandLine, TextWriter log, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(log);
        options.Validate();
        Directory.CreateDirectory(options.Output);
        var sw = Stopwatch.StartNew();
        var metadata = StudyProvenance.For("abidar-claims", options, options.MasterSeed, commandLine);

        var winners = AnalyticWinners(options);
        await SummaryParquet.WriteAsync(Path.Combine(options.Output, "analytic-winners.parquet"),
            ["method", "item", "demand", "time_ratio", "am_probability", "stock", "ebo_b", "ebo_c", "ebo_d", "winner"], winners, new HashSet<string> { "item", "stock" }, metadata);
        var thresholds = PhiThresholds();
        await SummaryParquet.WriteAsync(Path.Combine(options.Output, "phi-threshold.parquet"),
            ["item", "demand", "stock", "phi_star_computed", "phi_star_spec"], thresholds, new HashSet<string> { "item", "stock" }, metadata);
        log.WriteLine(Inv($"abidar-claims: analytic grids done, {sw.Elapsed.TotalSeconds:F0} s"));

        var comparisons = SimulatedComparisons(options, log, sw, cancellation);
        await SummaryParquet.WriteAsync(Path.Combine(options.Output, "simulated-comparisons.parquet"), ComparisonColumns, comparisons, new HashSet<string> { "item", "stock" }, metadata);
        var sweep = Sweep(options, log, sw, cancellation);
        await SummaryParquet.WriteAsync(Path.Combine(options.Output, "split-pool-sweep.parquet"),
            ["stock_mode", "stock", "am_probability", "sim_c", "sim_d", "d_minus_c", "d_minus_c_low", "d_minus_c_high"], sweep, new HashSet<string> { "stock" }, metadata);
        AbidarClaimsReport.Write(options, winners, thresholds, comparisons, sweep, sw.Elapsed, commandLine);
        return 0;
    }

    /// <summary>Winner of three values: the letters of those tied with the smallest (within <paramref name="tolerance"/>).</summary>
    public static string Winner(double b, double c, double d, double tolerance)
    {
        double best = Math.Min(b, Math.Min(c, d));
        return (b <= best + tolerance ? "B" : "") + (c <= best + tolerance ? "C" : "") + (d <= best + tolerance ? "D" : "");
    }

    private static List<SummaryRow> AnalyticWinners(AbidarClaimsOptions options)
    {
        var rows = new List<SummaryRow>();
        foreach (var item in AbidarItem.All)
            foreach (double m in options.Demands)
                foreach (double rt in TimeRatios)
                    foreach (double phi in options.AmProbabilities)
                        for (int s = 0; s <= options.MaxStock; s++)
                        {
                            // PF as the paper prints it (2 decimals, ties kept); physical METRIC with s at every site.
                            var pf = All.Select(sc => Math.Round(AbidarPaperFaithfulEbo.Evaluate(item, sc, m, rt, phi, s).Ebo, 2, MidpointRounding.AwayFromZero)).ToArray();
                            var metric = All.Select(sc => EchelonMetric.Evaluate(AbidarNetworks.Build(item, sc, m, rt, phi), [s, s, s]).SystemBackorders).ToArray();
                            rows.Add(WinnerRow("pf", item.Code, m, rt, phi, s, pf, 1e-9));
                            rows.Add(WinnerRow("metric", item.Code, m, rt, phi, s, metric, 1e-9 * Math.Max(1, metric.Max())));
                        }
        return rows;
    }

    private static SummaryRow WinnerRow(string method, int item, double m, double rt, double phi, int s, double[] ebo, double tolerance)
    {
        var row = new SummaryRow();
        row.Texts["method"] = method;
        row.Texts["winner"] = Winner(ebo[0], ebo[1], ebo[2], tolerance);
        row.Numbers["item"] = item;
        row.Numbers["demand"] = m;
        row.Numbers["time_ratio"] = rt;
        row.Numbers["am_probability"] = phi;
        row.Numbers["stock"] = s;
        row.Numbers["ebo_b"] = ebo[0];
        row.Numbers["ebo_c"] = ebo[1];
        row.Numbers["ebo_d"] = ebo[2];
        return row;
    }

    /// <summary>PF crossover φ* at rt = 1 on a 0.001 grid: the smallest φ above which D's EBO is below C's.</summary>
    public static double PhiStar(AbidarItem item, double demand, int stock)
    {
        ArgumentNullException.ThrowIfNull(item);
        for (int k = 1; k < 1000; k++)
        {
            double phi = k / 1000.0;
            double c = AbidarPaperFaithfulEbo.Evaluate(item, AbidarScenario.Centralized, demand, 1, phi, stock).Ebo;
            double d = AbidarPaperFaithfulEbo.Evaluate(item, AbidarScenario.Decentralized, demand, 1, phi, stock).Ebo;
            if (d < c) return phi;
        }
        return double.NaN;
    }

    private static List<SummaryRow> PhiThresholds()
    {
        var rows = new List<SummaryRow>();
        foreach (var ((code, m), spec) in SpecPhiStar)
            for (int s = 1; s <= spec.Length; s++)
            {
                var row = new SummaryRow();
                row.Numbers["item"] = code;
                row.Numbers["demand"] = m;
                row.Numbers["stock"] = s;
                row.Numbers["phi_star_computed"] = PhiStar(AbidarItem.ByCode(code), m, s);
                row.Numbers["phi_star_spec"] = spec[s - 1];
                rows.Add(row);
            }
        return rows;
    }

    private static readonly string[] ComparisonColumns =
    [
        "item", "demand", "time_ratio", "am_probability", "stock", "sim_b", "sim_c", "sim_d",
        "c_minus_b", "c_minus_b_low", "c_minus_b_high", "d_minus_b", "d_minus_b_low", "d_minus_b_high", "d_minus_c", "d_minus_c_low", "d_minus_c_high",
        "metric_b", "metric_c", "metric_d", "sim_winner", "metric_winner",
    ];

    private static List<SummaryRow> SimulatedComparisons(AbidarClaimsOptions options, TextWriter log, Stopwatch sw, CancellationToken cancellation)
    {
        var rows = new List<SummaryRow>();
        foreach (double rt in TimeRatios)
            foreach (var item in AbidarItem.All)
                foreach (double m in options.SimulatedDemands)
                    foreach (int s in options.SimulatedStocks)
                    {
                        double phi = options.SimulatedAmProbability;
                        int[] stocks = [s, s, s];
                        var networks = All.Select(sc => AbidarNetworks.Build(item, sc, m, rt, phi)).ToArray();
                        // Same seed for B, C and D: paired by common random numbers.
                        var runs = networks.Select(n => Simulate(options, EchelonNetworkMapping.ToConfiguration(n, stocks, "exponential", 1, "deterministic", 0), cancellation)
                            .Select(r => r.SystemBackorders).ToArray()).ToArray();
                        var metric = networks.Select(n => EchelonMetric.Evaluate(n, stocks).SystemBackorders).ToArray();
                        var row = new SummaryRow();
                        var n = row.Numbers;
                        n["item"] = item.Code;
                        n["demand"] = m;
                        n["time_ratio"] = rt;
                        n["am_probability"] = phi;
                        n["stock"] = s;
                        n["sim_b"] = runs[0].Average();
                        n["sim_c"] = runs[1].Average();
                        n["sim_d"] = runs[2].Average();
                        Difference(n, "c_minus_b", runs[1], runs[0]);
                        Difference(n, "d_minus_b", runs[2], runs[0]);
                        Difference(n, "d_minus_c", runs[2], runs[1]);
                        n["metric_b"] = metric[0];
                        n["metric_c"] = metric[1];
                        n["metric_d"] = metric[2];
                        row.Texts["sim_winner"] = SimulatedWinner(runs);
                        row.Texts["metric_winner"] = Winner(metric[0], metric[1], metric[2], 1e-9 * Math.Max(1, metric.Max()));
                        rows.Add(row);
                    }
        log.WriteLine(Inv($"abidar-claims: {rows.Count} simulated comparisons, {sw.Elapsed.TotalSeconds:F0} s"));
        return rows;
    }

    /// <summary>The scenario with the lowest mean, together with those not significantly worse (paired 95% CI contains 0).</summary>
    public static string SimulatedWinner(double[][] runs)
    {
        ArgumentNullException.ThrowIfNull(runs);
        int best = Enumerable.Range(0, 3).MinBy(i => runs[i].Average());
        string letters = "BCD";
        return string.Concat(Enumerable.Range(0, 3).Where(i => i == best || !PairedDifference.Of(runs[i], runs[best]).IsSignificant).Select(i => letters[i]));
    }

    private static void Difference(Dictionary<string, double> n, string key, double[] first, double[] second)
    {
        var d = PairedDifference.Of(first, second);
        n[key] = d.MeanDifference;
        n[key + "_low"] = d.ConfidenceInterval.Low;
        n[key + "_high"] = d.ConfidenceInterval.High;
    }

    private static List<SummaryRow> Sweep(AbidarClaimsOptions options, TextWriter log, Stopwatch sw, CancellationToken cancellation)
    {
        var rows = new List<SummaryRow>();
        var item = AbidarItem.ByCode(options.SweepItem);
        foreach (var mode in new[] { CentralStockMode.SinglePool, CentralStockMode.SplitPools })
            foreach (int s in options.SweepStocks)
                foreach (double phi in options.SweepAmProbabilities)
                {
                    double[] Run(AbidarScenario scenario)
                    {
                        var network = AbidarNetworks.Build(item, scenario, options.SweepDemand, 1, phi);
                        // Split pools: s in the CP pool and s in the AM pool, as the paper's computation holds them.
                        var config = EchelonNetworkMapping.ToConfiguration(network, [s, s, s], "exponential", 1, "deterministic", 0, mode, mode == CentralStockMode.SplitPools ? s : 0);
                        return Simulate(options, config, cancellation).Select(r => r.SystemBackorders).ToArray();
                    }
                    var c = Run(AbidarScenario.Centralized);
                    var d = Run(AbidarScenario.Decentralized);
                    var diff = PairedDifference.Of(d, c);
                    var row = new SummaryRow();
                    row.Texts["stock_mode"] = mode == CentralStockMode.SinglePool ? "single-pool" : "split-pools";
                    row.Numbers["stock"] = s;
                    row.Numbers["am_probability"] = phi;
                    row.Numbers["sim_c"] = c.Average();
                    row.Numbers["sim_d"] = d.Average();
                    row.Numbers["d_minus_c"] = diff.MeanDifference;
                    row.Numbers["d_minus_c_low"] = diff.ConfidenceInterval.Low;
                    row.Numbers["d_minus_c_high"] = diff.ConfidenceInterval.High;
                    rows.Add(row);
                }
        log.WriteLine(Inv($"abidar-claims: φ sweep done, {sw.Elapsed.TotalSeconds:F0} s"));
        return rows;
    }

    private static EchelonMeasures[] Simulate(AbidarClaimsOptions options, EchelonNetworkConfiguration config, CancellationToken cancellation) =>
        EchelonNetworkMapping.Replicate(config, options.MasterSeed, options.Replications, options.FailuresPerReplication, options.WarmUpFraction, options.DegreeOfParallelism, cancellation);

    private static string Inv(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
