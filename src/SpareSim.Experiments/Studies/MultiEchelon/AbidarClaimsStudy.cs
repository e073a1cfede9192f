using System.Diagnostics;
using System.Globalization;
using SpareSim.Analytics.MultiEchelon;
using SpareSim.Experiments.Analysis;
using SpareSim.Experiments.Studies.DualSourcingValidation;
using SpareSim.Experiments.Models.Echelon;

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

    /// <summary>
    /// Runs the study; the simulated comparisons and the sweep are one experiment of the
    /// echelon-network model, run by the experiment runner (resumable, shardable). Returns 0, or
    /// null when only a shard of the simulation was run.
    /// </summary>
    public static async Task<int?> RunAsync(AbidarClaimsOptions options, string commandLine, StudyContext context)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(context);
        options.Validate();
        var log = context.Log;
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

        var cases = new List<(string, EchelonSpec)>();
        var comparisonCases = ComparisonCases(options, cases);
        var sweepCases = SweepCases(options, cases);
        var experiment = EchelonExperiment.Build("abidar-claims-simulation",
            "The simulation part of the Abidar claims study: B/C/D paired comparisons and the single/split-pool φ sweep on the network engine.",
            cases, options.Output, options.Replications, options.FailuresPerReplication, options.WarmUpFraction, options.MasterSeed);
        var simulated = await StudySimulation.RunAsync(experiment, options.Output, context with { Threads = options.DegreeOfParallelism });
        if (simulated is null) return null;
        double[] Runs(int scenario) => simulated.Values(scenario, "system_backorders");
        var comparisons = SimulatedComparisons(comparisonCases, Runs);
        log.WriteLine(Inv($"abidar-claims: {comparisons.Count} simulated comparisons, {sw.Elapsed.TotalSeconds:F0} s"));
        await SummaryParquet.WriteAsync(Path.Combine(options.Output, "simulated-comparisons.parquet"), ComparisonColumns, comparisons, new HashSet<string> { "item", "stock" }, metadata);
        var sweep = Sweep(sweepCases, Runs);
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

    /// <summary>A B/C/D comparison: its grid point and the scenario indexes of B, C and D.</summary>
    private sealed record Comparison(AbidarItem Item, double Demand, double TimeRatio, double AmProbability, int Stock, EchelonNetwork[] Networks, int[] Scenarios);

    private static List<Comparison> ComparisonCases(AbidarClaimsOptions options, List<(string, EchelonSpec)> cases)
    {
        var list = new List<Comparison>();
        foreach (double rt in TimeRatios)
            foreach (var item in AbidarItem.All)
                foreach (double m in options.SimulatedDemands)
                    foreach (int s in options.SimulatedStocks)
                    {
                        double phi = options.SimulatedAmProbability;
                        int[] stocks = [s, s, s];
                        var networks = All.Select(sc => AbidarNetworks.Build(item, sc, m, rt, phi)).ToArray();
                        var indexes = new int[3];
                        for (int k = 0; k < 3; k++)
                        {
                            string name = Inv($"{item.Code} m={m} rt={rt} phi={phi} s={s} {AbidarNetworks.Code(All[k])}");
                            indexes[k] = cases.Count;
                            cases.Add((name, EchelonSpec.FromNetwork(name, networks[k], stocks, "exponential", 1, "deterministic", 0)));
                        }
                        list.Add(new Comparison(item, m, rt, phi, s, networks, indexes));
                    }
        return list;
    }

    private static List<SummaryRow> SimulatedComparisons(List<Comparison> comparisons, Func<int, double[]> simulated)
    {
        var rows = new List<SummaryRow>();
        foreach (var c in comparisons)
        {
            int[] stocks = [c.Stock, c.Stock, c.Stock];
            // Same seed for B, C and D: paired by common random numbers.
            var runs = c.Scenarios.Select(simulated).ToArray();
            var metric = c.Networks.Select(n => EchelonMetric.Evaluate(n, stocks).SystemBackorders).ToArray();
            var row = new SummaryRow();
            var n = row.Numbers;
            n["item"] = c.Item.Code;
            n["demand"] = c.Demand;
            n["time_ratio"] = c.TimeRatio;
            n["am_probability"] = c.AmProbability;
            n["stock"] = c.Stock;
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

    /// <summary>A point of the φ sweep: pool mode, stock, φ and the scenario indexes of C and D.</summary>
    private sealed record SweepPoint(bool SplitPools, int Stock, double AmProbability, int Centralized, int Decentralized);

    private static List<SweepPoint> SweepCases(AbidarClaimsOptions options, List<(string, EchelonSpec)> cases)
    {
        var list = new List<SweepPoint>();
        var item = AbidarItem.ByCode(options.SweepItem);
        foreach (bool split in new[] { false, true })
            foreach (int s in options.SweepStocks)
                foreach (double phi in options.SweepAmProbabilities)
                {
                    int Add(AbidarScenario scenario)
                    {
                        var network = AbidarNetworks.Build(item, scenario, options.SweepDemand, 1, phi);
                        string name = Inv($"sweep {(split ? "split-pools" : "single-pool")} {item.Code} m={options.SweepDemand} phi={phi} s={s} {AbidarNetworks.Code(scenario)}");
                        cases.Add((name, EchelonSpec.FromNetwork(name, network, [s, s, s], "exponential", 1, "deterministic", 0, split, split ? s : 0)));
                        return cases.Count - 1;
                    }
                    // Split pools: s in the CP pool and s in the AM pool, as the paper's computation holds them.
                    list.Add(new SweepPoint(split, s, phi, Add(AbidarScenario.Centralized), Add(AbidarScenario.Decentralized)));
                }
        return list;
    }

    private static List<SummaryRow> Sweep(List<SweepPoint> points, Func<int, double[]> simulated)
    {
        var rows = new List<SummaryRow>();
        foreach (var p in points)
        {
            var c = simulated(p.Centralized);
            var d = simulated(p.Decentralized);
            var diff = PairedDifference.Of(d, c);
            var row = new SummaryRow();
            row.Texts["stock_mode"] = p.SplitPools ? "split-pools" : "single-pool";
            row.Numbers["stock"] = p.Stock;
            row.Numbers["am_probability"] = p.AmProbability;
            row.Numbers["sim_c"] = c.Average();
            row.Numbers["sim_d"] = d.Average();
            row.Numbers["d_minus_c"] = diff.MeanDifference;
            row.Numbers["d_minus_c_low"] = diff.ConfidenceInterval.Low;
            row.Numbers["d_minus_c_high"] = diff.ConfidenceInterval.High;
            rows.Add(row);
        }
        return rows;
    }

    private static string Inv(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
