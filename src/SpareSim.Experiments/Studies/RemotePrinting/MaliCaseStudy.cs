using System.Globalization;
using SpareSim.Analytics.RemotePrinting;
using SpareSim.Experiments.Studies.DualSourcingValidation;

namespace SpareSim.Experiments.Studies.RemotePrinting;

/// <summary>
/// The study behind <c>experiments/mali-case.json</c>: Table 3.2 (single sourcing vs printing for
/// the 14 RNLA parts), Table 3.3 (printing, expediting and triple sourcing vs single sourcing),
/// the Section 3.6.4 scenarios and the pooled raw-material demand (Section 3.6.6). Only the parts
/// whose fleet the spec could identify (IDs 2, 4, 5, 6, 7, 10) can be reproduced; for the others
/// every fleet is tried and the closest is reported. Writes parts.parquet, comparison.parquet,
/// scenarios.parquet, relative-error.png and report.md.
/// </summary>
public static class MaliCaseStudy
{
    /// <summary>Binds and validates the options.</summary>
    public static MaliCaseOptions LoadOptions(string experimentFile, IEnumerable<string> overrides)
    {
        var options = StudyOptionsLoader.Load<MaliCaseOptions>(experimentFile, overrides);
        options.Validate();
        MaliCaseModel.Load(options.Model);
        return options;
    }

    /// <summary>Each part on its fleet, or on the closest fleet when the chapter does not give it (second item false).</summary>
    public static IReadOnlyList<(MaliPartResult Result, bool FleetKnown)> SolveParts(MaliCaseModel model, double expeditePremium)
    {
        ArgumentNullException.ThrowIfNull(model);
        return model.Parts.Select(part =>
        {
            var known = model.SystemOf(part);
            if (known is not null) return (MaliPartResult.Solve(model, part, known, expeditePremium), true);
            var closest = model.Systems.Select(s => MaliPartResult.Solve(model, part, s, expeditePremium))
                .MinBy(r => Math.Max(Math.Abs(r.SingleError), Math.Abs(r.PrintingError)))!;
            return (closest, false);
        }).ToList();
    }

    /// <summary>Runs the study; returns the number of known-fleet parts that do not reproduce.</summary>
    public static async Task<int> RunAsync(MaliCaseOptions options, string commandLine, TextWriter log)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(log);
        options.Validate();
        var model = MaliCaseModel.Load(options.Model);
        Directory.CreateDirectory(options.Output);
        var parts = SolveParts(model, options.ExpeditePremium);
        log.WriteLine(Inv($"mali-case: {parts.Count} parts solved"));
        var known = parts.Where(p => p.FleetKnown).Select(p => p.Result).ToList();
        var metadata = StudyProvenance.For("mali-case", options, 0, commandLine);
        var partRows = parts.Select(p => PartRow(p.Result, p.FleetKnown, options.Tolerance)).ToList();
        await SummaryParquet.WriteAsync(Path.Combine(options.Output, "parts.parquet"), PartColumns, partRows, PartIntegers, metadata);
        var comparison = MaliComparison.Rows(known);
        await SummaryParquet.WriteAsync(Path.Combine(options.Output, "comparison.parquet"), MaliComparison.Columns, comparison,
            new HashSet<string> { "parts", "base_stock_total", "base_stock_reduction" }, metadata);
        var scenarios = MaliComparison.Scenarios(model, known, options.ExpeditePremium);
        log.WriteLine("mali-case: scenarios solved");
        await SummaryParquet.WriteAsync(Path.Combine(options.Output, "scenarios.parquet"), MaliComparison.ScenarioColumns, scenarios, new HashSet<string>(), metadata);
        var rawMaterial = MaliRawMaterial.Pooled(known, options.PrintCostPerCc);
        MaliCaseReport.Write(options, model, parts, comparison, scenarios, rawMaterial, commandLine);
        return known.Count(r => !r.Reproduces(options.Tolerance));
    }

    /// <summary>Columns of parts.parquet.</summary>
    public static IReadOnlyList<string> PartColumns { get; } =
    [
        "id", "rank", "system", "fleet_known", "reproduced", "installed_base", "backorder_cost", "regular_cost", "print_cost", "regular_failure_probability",
        "printed_failure_probability", "print_threshold", "published_v_s", "v_s", "published_s_s", "s_s", "published_v_p", "v_p", "published_s_p", "s_p",
        "v_s_rel_error", "v_p_rel_error", "discounted_v_s", "discounted_v_p", "v_expediting", "s_expediting", "v_triple", "s_triple", "triple_expedites_per_day",
        "backorders_per_day_single", "backorders_per_day_printing", "backorders_per_day_expediting", "backorders_per_day_triple",
    ];

    private static readonly HashSet<string> PartIntegers = ["id", "rank", "fleet_known", "reproduced", "installed_base", "print_threshold", "published_s_s", "s_s", "published_s_p", "s_p", "s_expediting", "s_triple"];

    private static SummaryRow PartRow(MaliPartResult r, bool fleetKnown, double tolerance)
    {
        var row = new SummaryRow();
        row.Texts["system"] = r.System.Name;
        var n = row.Numbers;
        var x = r.Instance;
        n["id"] = r.Part.Id;
        n["rank"] = r.Part.Rank;
        n["fleet_known"] = fleetKnown ? 1 : 0;
        n["reproduced"] = r.Reproduces(tolerance) ? 1 : 0;
        n["installed_base"] = x.InstalledBase;
        n["backorder_cost"] = x.BackorderCost;
        n["regular_cost"] = x.RegularCost;
        n["print_cost"] = x.PrintCost;
        n["regular_failure_probability"] = x.RegularFailureProbability;
        n["printed_failure_probability"] = x.PrintedFailureProbability;
        n["print_threshold"] = Math.Min(r.Printing.Policy.Emergency.PrintThresholdPeriod, x.CycleLength);
        n["published_v_s"] = r.Part.Published.SingleSourcingCost;
        n["v_s"] = r.Single.Best.AnnualizedExcessCost;
        n["published_s_s"] = r.Part.Published.SingleSourcingBaseStock;
        n["s_s"] = r.Single.BaseStock;
        n["published_v_p"] = r.Part.Published.PrintingCost;
        n["v_p"] = r.Printing.Best.AnnualizedExcessCost;
        n["published_s_p"] = r.Part.Published.PrintingBaseStock;
        n["s_p"] = r.Printing.BaseStock;
        n["v_s_rel_error"] = r.SingleError;
        n["v_p_rel_error"] = r.PrintingError;
        n["discounted_v_s"] = r.Single.Best.DiscountedCost;
        n["discounted_v_p"] = r.Printing.Best.DiscountedCost;
        var expediting = r.ByStrategy[SourcingStrategy.Expediting];
        var triple = r.ByStrategy[SourcingStrategy.TripleSourcing];
        n["v_expediting"] = expediting.Best.AnnualizedExcessCost;
        n["s_expediting"] = expediting.BaseStock;
        n["v_triple"] = triple.Best.AnnualizedExcessCost;
        n["s_triple"] = triple.BaseStock;
        n["triple_expedites_per_day"] = triple.Best.ExpeditesPerPeriod;
        n["backorders_per_day_single"] = r.Single.Best.BackordersPerPeriod;
        n["backorders_per_day_printing"] = r.Printing.Best.BackordersPerPeriod;
        n["backorders_per_day_expediting"] = expediting.Best.BackordersPerPeriod;
        n["backorders_per_day_triple"] = triple.Best.BackordersPerPeriod;
        return row;
    }

    private static string Inv(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
