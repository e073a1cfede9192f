using System.Diagnostics;
using System.Globalization;
using System.Text;
using SpareSim.Analytics.DualSourcing;

namespace SpareSim.Experiments.Studies.KnofiusHingeBracket;

/// <summary>
/// The §5 case study: CM only, AM only and Dual for the hinge bracket aggregated to k' systems,
/// each at its optimal base stock with operational savings in the objective, beside the paper's
/// figures; and the dual net cost for several k' (the paper's Fig. 9 check of the aggregation).
/// </summary>
public static class HingeBracketStudy
{
    // The paper's figures (§5 text): Dual total ≈ 13,838 and savings ≈ 4,581 per year; backorder
    // cost 70 / 55 / 120 and holding cost 752 / 507 / 534 for AM only / Dual / CM only.
    private static readonly (string Option, double? Total, double? Savings, double Backorder, double Holding)[] Paper =
        [("CM only", null, null, 120, 534), ("AM only", null, null, 70, 752), ("Dual", 13838, 4581, 55, 507)];

    /// <summary>
    /// Runs the study and writes report.md into <paramref name="output"/>: once with b read as
    /// Table 3 states it (per day, converted to per year), once with b = 32,500 per year, the
    /// reading under which our single-sourcing holding and backorder costs equal the paper's.
    /// </summary>
    public static int Run(HingeBracketModel model, IReadOnlyList<int> aggregationLevels, string output, string commandLine, TextWriter log)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(aggregationLevels);
        ArgumentNullException.ThrowIfNull(log);
        Directory.CreateDirectory(output);
        var sw = Stopwatch.StartNew();
        var sb = new StringBuilder();
        sb.AppendLine("# Knofius et al. (2020) §5: the hinge-bracket case").AppendLine();
        sb.AppendLine($"Command: `{commandLine}`").AppendLine();
        AppendCase(sb, model, Inv($"b = {model.BackorderCostPerDay:N0} per day, as Table 3 states it (x {model.DaysPerYear} days per year)"), aggregationLevels, log);
        AppendCase(sb, model with { DaysPerYear = 1 }, Inv($"b = {model.BackorderCostPerDay:N0} per year (Table 3's number used in the yearly model unconverted)"), aggregationLevels, log);
        sb.AppendLine(Inv($"Runtime: {sw.Elapsed.TotalSeconds:F0} s."));
        string path = Path.Combine(output, "report.md");
        File.WriteAllText(path + ".tmp", sb.ToString());
        File.Move(path + ".tmp", path, overwrite: true);
        log.WriteLine($"hinge bracket: wrote {path}");
        return 0;
    }

    private static void AppendCase(StringBuilder sb, HingeBracketModel model, string heading, IReadOnlyList<int> aggregationLevels, TextWriter log)
    {
        log.WriteLine($"hinge bracket: {heading}");
        var optimizer = new DualSourcingOptimizer();
        // Solve every k' of the aggregation check; the main table uses the model's k', or, if that
        // one cannot be solved, the largest k' that could (said plainly in the report).
        var solved = new SortedDictionary<int, DualSourcingOptimum>();
        var failures = new SortedDictionary<int, string>();
        foreach (int level in aggregationLevels.Append(model.AggregatedInstalledBase).Distinct().Order())
        {
            try { solved[level] = optimizer.Optimize(model.Aggregated(level)); log.WriteLine($"hinge bracket: k' = {level} solved"); }
            catch (InvalidOperationException e) { failures[level] = e.Message; log.WriteLine($"hinge bracket: k' = {level} not solved: {e.Message}"); }
        }
        if (solved.Count == 0) throw new InvalidOperationException("the hinge bracket could not be solved at any aggregation level");
        int used = solved.ContainsKey(model.AggregatedInstalledBase) ? model.AggregatedInstalledBase : solved.Keys.Max();
        var x = model.Aggregated(used);
        var cm = SingleSourcingModel.Optimize(x, PartVersion.Cm);
        var am = SingleSourcingModel.Optimize(x, PartVersion.Am);
        var dual = solved[used];
        var rows = new (string Option, int S, SourcingCost Cost)[]
        {
            ("CM only", cm.BaseStock, cm.Cost), ("AM only", am.BaseStock, am.Cost), ("Dual", dual.BaseStock, dual.Optimal.Cost),
        };
        sb.AppendLine("## " + heading).AppendLine();
        if (used != model.AggregatedInstalledBase)
            sb.AppendLine(Inv($"**The paper's k' = {model.AggregatedInstalledBase} could not be solved here ({failures[model.AggregatedInstalledBase]}); the tables use k' = {used}, the largest that could. The aggregation check below shows how little the result moves with k'.**  "));
        sb.AppendLine(Inv($"Model: `{model.Name}` (k = {model.InstalledBase}, aggregated to k' = {x.InstalledBase}: λC = {x.FailureRateCm:G6}, λA = {x.FailureRateAm:G6} per year, oA = {x.OperationalSavingAm:G6} per installed AM part per year; b = {x.BackorderCost:N0} per year; d = {x.DesignCostAm:N0} per year charged to AM only and Dual).  "));
        sb.AppendLine().AppendLine("Costs per year at each option's optimal base stock (the optimization includes the operational savings, as in the paper). \"Service cost\" = purchase + maintenance + holding + backorder; \"net\" = service − savings + design.").AppendLine();
        sb.AppendLine("| Option | S* | Purchase | Maintenance | Holding | Backorder | Service cost | Op. savings | Design | Net |");
        sb.AppendLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var (option, s, c) in rows)
        {
            double service = c.Purchase + c.Maintenance + c.Holding + c.Backorder;
            sb.AppendLine(Inv($"| {option} | {s} | {c.Purchase:N0} | {c.Maintenance:N0} | {c.Holding:N0} | {c.Backorder:N0} | {service:N0} | {c.OperationalSavings:N0} | {c.Design:N0} | {c.Total:N0} |"));
        }
        sb.AppendLine().AppendLine("### Beside the paper").AppendLine();
        sb.AppendLine("| Option | Quantity | Ours | Paper | Difference |").AppendLine("|---|---|---:|---:|---:|");
        foreach (var p in Paper)
        {
            var c = rows.First(r => r.Option == p.Option).Cost;
            double service = c.Purchase + c.Maintenance + c.Holding + c.Backorder;
            if (p.Total is double t)
            {
                sb.AppendLine(Inv($"| {p.Option} | total cost (service) | {service:N0} | {t:N0} | {service - t:+#,0;-#,0} |"));
                sb.AppendLine(Inv($"| {p.Option} | total cost (service + design) | {service + c.Design:N0} | {t:N0} | {service + c.Design - t:+#,0;-#,0} |"));
            }
            if (p.Savings is double sv) sb.AppendLine(Inv($"| {p.Option} | operational savings | {c.OperationalSavings:N0} | {sv:N0} | {c.OperationalSavings - sv:+#,0;-#,0} |"));
            sb.AppendLine(Inv($"| {p.Option} | backorder cost | {c.Backorder:N0} | {p.Backorder:N0} | {c.Backorder - p.Backorder:+#,0;-#,0} |"));
            sb.AppendLine(Inv($"| {p.Option} | holding cost | {c.Holding:N0} | {p.Holding:N0} | {c.Holding - p.Holding:+#,0;-#,0} |"));
        }
        sb.AppendLine().AppendLine(Inv($"Best option by net cost: {rows.MinBy(r => r.Cost.Total).Option} (paper: CM only, \"even if we were considering ... cost savings ... from weight reductions, using CM only remains the better choice\")."));
        sb.AppendLine().AppendLine("### Aggregation check (the paper's Fig. 9)").AppendLine();
        sb.AppendLine("| k' | Dual S* | Dual service cost | Op. savings | Net |").AppendLine("|---:|---:|---:|---:|---:|");
        foreach (int level in aggregationLevels.Order())
        {
            if (!solved.TryGetValue(level, out var d)) { sb.AppendLine(Inv($"| {level} | not solved | | | |")); continue; }
            var c = d.Optimal.Cost;
            sb.AppendLine(Inv($"| {level} | {d.BaseStock} | {c.Purchase + c.Maintenance + c.Holding + c.Backorder:N0} | {c.OperationalSavings:N0} | {c.Total:N0} |"));
        }
        sb.AppendLine();
    }

    private static string Inv(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
