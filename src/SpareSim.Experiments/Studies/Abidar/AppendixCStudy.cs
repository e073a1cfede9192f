using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using SpareSim.Analytics.MultiEchelon;
using SpareSim.Experiments.Output;
using SpareSim.Experiments.Studies.DualSourcingValidation;

namespace SpareSim.Experiments.Studies.Abidar;

/// <summary>One Appendix C value: the printed EBO and the paper-faithful (PF) one.</summary>
/// <param name="Row">The Appendix C row.</param>
/// <param name="Stock">s = 0…5.</param>
/// <param name="Paper">The printed value (2 dp).</param>
/// <param name="Computed">EBO_PF(s), unrounded (spec §1.8).</param>
public sealed record AppendixCValue(AppendixCRow Row, int Stock, decimal Paper, double Computed)
{
    /// <summary>The computed value at the printed precision (2 dp, halves away from zero).</summary>
    public decimal Rounded => AppendixCStudy.RoundToPrinted(Computed);

    /// <summary>Whether the computed value, rounded, equals the printed one.</summary>
    public bool Matches => Rounded == Paper;
}

/// <summary>One Table 5 cost: printed and P × unrounded EBO_PF.</summary>
/// <param name="Row">The Table 5 row.</param>
/// <param name="Stock">s = 0…5.</param>
/// <param name="Paper">The printed cost in $.</param>
/// <param name="Computed">P × EBO_PF(s), unrounded (spec §1.9).</param>
public sealed record AppendixCCost(PaperTableRow Row, int Stock, double Paper, double Computed)
{
    /// <summary>Whether |computed − printed| ≤ 1 $ (spec §2.4).</summary>
    public bool WithinOneDollar => Math.Abs(Computed - Paper) <= 1;
}

/// <summary>
/// The study behind <c>experiments/abidar-appendix-c.json</c>: every value of Abidar &amp; Chaabane's
/// Appendix C (171 rows × s = 0…5 = 1,026 EBO values) recomputed with the paper-faithful engine
/// <see cref="AbidarPaperFaithfulEbo"/> and compared at the printed 2 decimals; Tables 4 and 6 (App. C
/// subsets) checked against the same numbers; Table 5 costs P × EBO within ±1 $; the winning scenario
/// per cell against spec §2.10. Writes ebo.parquet, cost.parquet, ebo-vs-stock.png and report.md.
/// </summary>
public static class AppendixCStudy
{
    /// <summary>Study name in experiment files.</summary>
    public const string Name = "abidar-appendix-c";

    /// <summary>The columns of ebo.parquet.</summary>
    public static IReadOnlyList<string> EboColumns { get; } =
        ["item", "scenario", "demand", "time_ratio", "am_probability", "stock", "ebo_paper", "ebo_computed", "matches"];

    /// <summary>The columns of cost.parquet.</summary>
    public static IReadOnlyList<string> CostColumns { get; } =
        ["item", "scenario", "stock", "cost_paper", "cost_computed", "within_one_dollar"];

    /// <summary>Binds and validates the options, and reads the published values, before anything is written.</summary>
    public static AppendixCOptions LoadOptions(string experimentFile, IEnumerable<string> overrides)
    {
        var options = StudyOptionsLoader.Load<AppendixCOptions>(experimentFile, overrides);
        options.Validate();
        _ = AppendixCPublished.Load(options.PublishedValues);
        return options;
    }

    /// <summary>Rounds to 2 decimals, halves away from zero, as the paper prints.</summary>
    public static decimal RoundToPrinted(double value) => Math.Round((decimal)value, 2, MidpointRounding.AwayFromZero);

    /// <summary>EBO_PF of one cell (spec §1.8).</summary>
    public static AbidarPaperFaithfulResult Evaluate(int item, string scenario, double demand, double timeRatio, double amProbability, int stock) =>
        AbidarPaperFaithfulEbo.Evaluate(AbidarItem.ByCode(item), AbidarNetworks.ParseScenario(scenario), demand, timeRatio, amProbability, stock);

    /// <summary>Every printed value of <paramref name="rows"/> with its PF value, in file order and s = 0…5.</summary>
    public static IReadOnlyList<AppendixCValue> Compute(IReadOnlyList<AppendixCRow> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        return rows.SelectMany(r => Enumerable.Range(0, r.Values.Count)
            .Select(s => new AppendixCValue(r, s, r.Values[s], Evaluate(r.Item, r.Scenario, r.Demand, r.TimeRatio, r.AmProbability, s).Ebo))).ToList();
    }

    /// <summary>Table 5 (54 costs) against P × EBO_PF.</summary>
    public static IReadOnlyList<AppendixCCost> Costs() =>
        AbidarPaperTables.Table5.SelectMany(r => r.Dollars
            .Select((paper, s) => new AppendixCCost(r, s, paper, Evaluate(r.Item, r.Scenario, r.Demand, r.TimeRatio, r.AmProbability, s).Cost))).ToList();

    /// <summary>
    /// The winning scenario(s) per (item, m, rt, φ) at s = 0…5 from the computed values rounded to 2 dp:
    /// the letters of every scenario at the minimum (ties give several letters, in B, C, D order).
    /// The baseline row of (item, m) stands for every rt and φ. Cells lacking a scenario are left out.
    /// </summary>
    public static IReadOnlyDictionary<(int Item, double Demand, double TimeRatio, double AmProbability), IReadOnlyList<string>> Winners(IReadOnlyList<AppendixCValue> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var lookup = values.ToDictionary(v => (AppendixCPublished.Key(v.Row.Item, v.Row.Scenario, v.Row.Demand, v.Row.TimeRatio, v.Row.AmProbability), v.Stock), v => v.Rounded);
        var result = new Dictionary<(int, double, double, double), IReadOnlyList<string>>();
        foreach (var (item, demand) in values.Select(v => (v.Row.Item, v.Row.Demand)).Distinct())
            foreach (double rt in AppendixCPublished.TimeRatios)
                foreach (double phi in AppendixCPublished.AmProbabilities)
                {
                    var cells = new List<string>();
                    for (int s = 0; s < AppendixCPublished.StockLevels; s++)
                    {
                        var candidates = new[] { "B", "C", "D" }
                            .Select(sc => (sc, found: lookup.TryGetValue((AppendixCPublished.Key(item, sc, demand, rt, phi), s), out decimal v), v))
                            .ToList();
                        if (candidates.Any(c => !c.found)) break;
                        decimal best = candidates.Min(c => c.v);
                        cells.Add(string.Concat(candidates.Where(c => c.v == best).Select(c => c.sc)));
                    }
                    if (cells.Count == AppendixCPublished.StockLevels) result[(item, demand, rt, phi)] = cells;
                }
        return result;
    }

    /// <summary>Runs the study; returns the number of Appendix C values not reproduced at 2 dp.</summary>
    public static async Task<int> RunAsync(AppendixCOptions options, string commandLine, TextWriter log)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(log);
        options.Validate();
        var rows = AppendixCPublished.Load(options.PublishedValues);
        var sw = Stopwatch.StartNew();
        var values = Compute(rows);
        var costs = Costs();
        Directory.CreateDirectory(options.Output);
        var metadata = StudyProvenance.For(Name, options, 0, commandLine);
        metadata["sparesim_master_seed"] = "none";
        metadata["published_values_sha256"] = Convert.ToHexStringLower(SHA256.HashData(await File.ReadAllBytesAsync(options.PublishedValues)));
        await EboTable(values).WriteAsync(Path.Combine(options.Output, "ebo.parquet"), metadata);
        await CostTable(costs).WriteAsync(Path.Combine(options.Output, "cost.parquet"), metadata);
        AppendixCReport.Write(options, values, costs, sw.Elapsed, commandLine);
        int misses = values.Count(v => !v.Matches);
        log.WriteLine(Inv($"{Name}: {values.Count - misses}/{values.Count} Appendix C values reproduced, {costs.Count(c => c.WithinOneDollar)}/{costs.Count} Table 5 costs within 1 $; {options.Output}"));
        return misses;
    }

    private static ParquetTable EboTable(IReadOnlyList<AppendixCValue> values) => new ParquetTable()
        .Add("item", values.Select(v => v.Row.Item).ToArray())
        .Add("scenario", values.Select(v => v.Row.Scenario).ToArray())
        .Add("demand", values.Select(v => v.Row.Demand).ToArray())
        .Add("time_ratio", values.Select(v => v.Row.TimeRatio).ToArray())
        .Add("am_probability", values.Select(v => v.Row.AmProbability).ToArray())
        .Add("stock", values.Select(v => v.Stock).ToArray())
        .Add("ebo_paper", values.Select(v => (double)v.Paper).ToArray())
        .Add("ebo_computed", values.Select(v => v.Computed).ToArray())
        .Add("matches", values.Select(v => v.Matches).ToArray());

    private static ParquetTable CostTable(IReadOnlyList<AppendixCCost> costs) => new ParquetTable()
        .Add("item", costs.Select(c => c.Row.Item).ToArray())
        .Add("scenario", costs.Select(c => c.Row.Scenario).ToArray())
        .Add("stock", costs.Select(c => c.Stock).ToArray())
        .Add("cost_paper", costs.Select(c => c.Paper).ToArray())
        .Add("cost_computed", costs.Select(c => c.Computed).ToArray())
        .Add("within_one_dollar", costs.Select(c => c.WithinOneDollar).ToArray());

    private static string Inv(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
