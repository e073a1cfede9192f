using System.Diagnostics;
using System.Globalization;
using System.Text;
using SpareSim.Experiments.Output;

namespace SpareSim.Experiments.Studies.LifeCycleCost;

/// <summary>
/// The study behind <c>experiments/lcc-tables.json</c> (thesis ch. 2, Westerweel et al. 2018a):
/// the 2187-case factorial (Tables 2.5, 2.10 and the random-N Table 2.8), Remarks 1 and 2, both case
/// studies and Figures 2.1–2.4, 2.6, 2.8, all analytic. Writes instances.parquet, report.md and PNGs.
/// </summary>
public static class LifeCycleCostStudy
{
    /// <summary>The value of <c>"study"</c> in the experiment file.</summary>
    public const string Name = "lcc-tables";

    /// <summary>Runs the study; progress goes to <paramref name="log"/>.</summary>
    public static async Task<int> RunAsync(LifeCycleCostOptions options, string commandLine, TextWriter log, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(log);
        Directory.CreateDirectory(options.Output);
        var main = options.MainConvention.ToConvention();
        var price = options.PriceConvention.ToConvention();
        var sw = Stopwatch.StartNew();
        var instances = new NumericalExperiment(options).Run(options.DegreeOfParallelism, cancellation);
        log.WriteLine(Inv($"{Name}: {instances.Count} cases solved in {sw.Elapsed.TotalSeconds:F1} s"));
        await WriteInstancesAsync(Path.Combine(options.Output, "instances.parquet"), instances, options, commandLine);
        var figures = LifeCycleCostFigures.SaveAll(options.Output, main, price, options.Tolerance);
        var sb = new StringBuilder();
        sb.AppendLine("# Thesis ch. 2: component design with AM or CM, life-cycle cost and break-even (Westerweel et al. 2018a)").AppendLine();
        sb.AppendLine($"Command: `{commandLine}`  ");
        sb.AppendLine(Inv($"Runtime: {sw.Elapsed.TotalSeconds:F1} s for {instances.Count} cases ({options.DegreeOfParallelism} threads). Per-case results: `instances.parquet`.  "));
        sb.AppendLine(Inv($"Method: Erlang loss by the stable recursion, S* by marginal analysis (smallest minimiser), τ^A* and c_p^A* by bisection to |Ĉ^R − Ĉ^A − K| ≤ {options.Tolerance:G3} Ĉ^R (Eq. 2.2). Conventions (spec ch2 §1.8): main = {main.Name} (initial stock bought: {main.IncludeInitialStockPurchase}, part cost per failure: {main.ChargePartCostPerFailure}), price column = {price.Name} (initial stock bought: {price.IncludeInitialStockPurchase}, part cost per failure: {price.ChargePartCostPerFailure}). The printed §2.3 model (TEXT) does not reproduce the tables; see the spec."));
        sb.AppendLine();
        if (options.IsFullFactorial)
        {
            sb.AppendLine("## Tables 2.5 and 2.10").AppendLine();
            sb.AppendLine(TablesReport.Build(instances, main.Name, price.Name));
            sb.AppendLine("## Table 2.8 (random installed base): not reproducible").AppendLine();
            sb.AppendLine(TablesReport.BuildTable28(instances, main.Name));
        }
        else
        {
            sb.AppendLine("Reduced factorial: Tables 2.5, 2.10 and 2.8 need every level of Table 2.4 and are left out.").AppendLine();
        }
        sb.AppendLine(ExamplesReport.Build(options.Tolerance));
        sb.AppendLine("## Figures").AppendLine();
        foreach (string f in figures) sb.AppendLine($"![{f}]({f})").AppendLine();
        string path = Path.Combine(options.Output, "report.md");
        await File.WriteAllTextAsync(path + ".tmp", sb.ToString(), cancellation);
        File.Move(path + ".tmp", path, overwrite: true);
        log.WriteLine($"{Name}: wrote {path}");
        return 0;
    }

    private static Task WriteInstancesAsync(string path, IReadOnlyList<FactorialInstance> rows, LifeCycleCostOptions options, string commandLine)
    {
        var table = new ParquetTable()
            .Add("case", rows.Select(r => r.Index).ToArray())
            .Add("unit_cost", rows.Select(r => r.UnitCost).ToArray())
            .Add("installed_base", rows.Select(r => r.InstalledBase).ToArray())
            .Add("horizon", rows.Select(r => r.Horizon).ToArray())
            .Add("additive_lead_time", rows.Select(r => r.AdditiveLeadTime).ToArray())
            .Add("repair_over_unit_cost", rows.Select(r => r.RepairOverUnitCost).ToArray())
            .Add("emergency_over_repair", rows.Select(r => r.EmergencyOverRepair).ToArray())
            .Add("regular_mtbf", rows.Select(r => r.RegularMtbf).ToArray())
            .Add("regular_base_stock", rows.Select(r => r.RegularStock).ToArray())
            .Add("additive_base_stock", rows.Select(r => r.AdditiveStock).ToArray())
            .Add("k1_over_unit_cost", rows.Select(r => r.K1OverUnitCost).ToArray())
            .Add("break_even_reliability_ratio", rows.Select(r => r.ReliabilityRatio).ToArray())
            .Add("break_even_price_ratio", rows.Select(r => r.PriceRatio).ToArray())
            .Add("break_even_price_ratio_main_convention", rows.Select(r => r.PriceRatioMainConvention).ToArray())
            .Add("relative_k1_change_random_n", rows.Select(r => r.RelativeK1ChangeRandomN).ToArray());
        var metadata = DualSourcingValidation.StudyProvenance.For(Name, options, masterSeed: 0, commandLine);
        metadata["source"] = "Westerweel (PhD thesis) ch. 2 / Westerweel et al. (2018a), Tables 2.4, 2.5, 2.8, 2.10";
        return table.WriteAsync(path, metadata);
    }

    private static string Inv(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
