using System.Diagnostics;
using System.Globalization;
using SpareSim.Experiments.Output;
using SpareSim.Experiments.Studies.DualSourcingValidation;

namespace SpareSim.Experiments.Studies.IpLicensing;

/// <summary>
/// The analytical study of thesis chapter 5 (<c>experiments/ip-licensing.json</c>): Figures 5.2–5.5
/// (shapes, with the assumed inputs named), and Table 5.2's factorial under each reading, every
/// instance solved by the optimal-contract procedure (Theorem 5.2's candidates plus spec B.5's
/// limit candidate) and by brute force; Tables 5.3/5.4 recomputed beside the published ones; the
/// qualitative claims of spec B.8 with counts. Writes instances.parquet, the PNGs and report.md.
/// </summary>
public static class IpLicensingStudy
{
    /// <summary>The study's name.</summary>
    public const string Name = "ip-licensing";

    /// <summary>Runs the study; returns 0 when the brute force agrees on every instance, else 1.</summary>
    public static async Task<int> RunAsync(IpLicensingOptions options, string commandLine, TextWriter log, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(log);
        options.Validate();
        var sw = Stopwatch.StartNew();
        Directory.CreateDirectory(options.Output);
        string Out(string file) => Path.Combine(options.Output, file);
        IpFigures.Figure52(Out("figure-5-2.png"), options.FigureSafetyFactor);
        IpFigures.Figure53(Out("figure-5-3a.png"), Out("figure-5-3b.png"), options.FigureRates, options.FigureSafetyFactor);
        var (ratios, prices, map) = IpFigures.Map(options.MapSteps, options.FigureSafetyFactor, options.DegreeOfParallelism);
        IpFigures.Figure54(Out("figure-5-4.png"), ratios, prices, map, options.FigureSafetyFactor);
        IpFigures.Figure55(Out("figure-5-5a.png"), Out("figure-5-5b.png"), ratios, prices, map, options.FigureSafetyFactor);
        log.WriteLine(Inv($"{Name}: figures written, {sw.Elapsed.TotalSeconds:F1} s"));

        var readings = new List<(FactorialReading Reading, List<IpInstanceResult> Results)>();
        foreach (var reading in options.Readings)
        {
            var instances = IpInstance.Of(options, reading).ToList();
            var results = new IpInstanceResult[instances.Count];
            Parallel.For(0, instances.Count, new ParallelOptions { MaxDegreeOfParallelism = options.DegreeOfParallelism, CancellationToken = cancellation }, i => results[i] = IpInstanceResult.Solve(instances[i], options.BruteForceStep));
            readings.Add((reading, results.ToList()));
            log.WriteLine(Inv($"{Name}: reading '{reading.Name}': {instances.Count} instances, brute force agrees on {results.Count(r => r.BruteForceAgrees)}, {sw.Elapsed.TotalSeconds:F1} s"));
        }
        var all = readings.SelectMany(r => r.Results).ToList();
        await InstancesTable(all).WriteAsync(Out("instances.parquet"), StudyProvenance.For(Name, options, 0, commandLine));
        File.WriteAllText(Out("report.md"), IpLicensingReport.Write(options, readings, ratios, prices, map, commandLine, sw.Elapsed));
        log.WriteLine(Inv($"{Name}: written to {options.Output}, {sw.Elapsed.TotalSeconds:F1} s"));
        return all.All(r => r.BruteForceAgrees) ? 0 : 1;
    }

    private static ParquetTable InstancesTable(IReadOnlyList<IpInstanceResult> all)
    {
        var t = new ParquetTable();
        t.Add("reading", all.Select(r => r.Instance.Reading).ToArray());
        foreach (var f in IpFactor.All) t.Add(Column(f.Label), all.Select(r => f.Level(r.Instance)).ToArray());
        t.Add("lambda_1", all.Select(r => r.Instance.SmallRate).ToArray());
        t.Add("lambda_2", all.Select(r => r.Instance.LargeRate).ToArray());
        t.Add("configuration", all.Select(r => r.Configuration.ToString()).ToArray());
        t.Add("winner", all.Select(r => r.Problem.Optimal.Name).ToArray());
        t.Add("fee", all.Select(r => r.Problem.Optimal.Outcome.Contract.Fee).ToArray());
        t.Add("royalty", all.Select(r => r.Problem.Optimal.Outcome.Contract.Royalty).ToArray());
        t.Add("profit", all.Select(r => r.Problem.Optimal.Outcome.Profit).ToArray());
        t.Add("theorem_winner", all.Select(r => r.Problem.TheoremOptimal.Name).ToArray());
        t.Add("theorem_profit", all.Select(r => r.Problem.TheoremOptimal.Outcome.Profit).ToArray());
        t.Add("brute_force_profit", all.Select(r => r.BruteForce.Best.Profit).ToArray());
        t.Add("brute_force_royalty", all.Select(r => r.BruteForce.Best.Contract.Royalty).ToArray());
        t.Add("brute_force_tolerance", all.Select(r => r.BruteForce.Tolerance).ToArray());
        t.Add("brute_force_agrees", all.Select(r => r.BruteForceAgrees).ToArray());
        t.Add("r_hat", all.Select(r => r.Problem.EqualSurplus?.Royalty ?? double.NaN).ToArray());
        t.Add("f_hat", all.Select(r => r.Problem.EqualSurplus?.Fee ?? double.NaN).ToArray());
        t.Add("profit_ratio", all.Select(r => r.Metrics.ProfitRatio).ToArray());
        t.Add("eta", all.Select(r => r.Metrics.Extraction).ToArray());
        t.Add("efficiency", all.Select(r => r.Metrics.Efficiency).ToArray());
        t.Add("eta_literal", all.Select(r => r.Metrics.ExtractionLiteral).ToArray());
        t.Add("efficiency_literal", all.Select(r => r.Metrics.EfficiencyLiteral).ToArray());
        return t;
    }

    private static string Column(string label) => label switch
    {
        "λ1+λ2" => "lambda_total",
        "w_A/w_T" => "price_ratio",
        "K_A/K_T" => "order_cost_ratio",
        "λ1/λ2" => "buyer_ratio",
        "w_T/c" => "margin_ratio",
        "h" => "holding_rate",
        _ => "safety_factor",
    };

    private static string Inv(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
