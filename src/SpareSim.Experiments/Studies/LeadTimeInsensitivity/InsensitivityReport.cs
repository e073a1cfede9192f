using System.Globalization;
using System.Text;
using ScottPlot;
using SpareSim.Experiments.Studies.DualSourcingValidation;

namespace SpareSim.Experiments.Studies.LeadTimeInsensitivity;

/// <summary>report.md and cost-vs-cv.png of a lead-time (or wear-out) insensitivity study.</summary>
public static class InsensitivityReport
{
    /// <summary>Writes the report and the plot into the output folder.</summary>
    public static void Write(LeadTimeInsensitivityOptions options, IReadOnlyList<SummaryRow> rows, TimeSpan elapsed, string commandLine)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(rows);
        SavePlot(Path.Combine(options.Output, "cost-vs-cv.png"), options, rows);
        var md = new StringBuilder();
        md.AppendLine(Inv($"# {options.Name}: the exponential-optimal policy under other lead-time laws"));
        md.AppendLine();
        md.AppendLine(Inv($"Each instance's dual-sourcing policy and base stock are optimized analytically under exponential lead times and lifetimes, then simulated unchanged with lead times of the same means drawn from the laws below; lifetimes: {options.Failures.Family} (cv {options.Failures.Cv:G4}) with the instance's mean. {options.Replications} replications of {options.RunLength:G} months after {options.WarmUp:G} months of warm-up; all laws use the same seeds (common random numbers), so the paired difference to the reference law has its own 95% interval."));
        md.AppendLine();
        md.AppendLine(Inv($"Command: `{commandLine}`; wall clock {elapsed.TotalSeconds:F0} s."));
        md.AppendLine();
        md.AppendLine("## Finding");
        md.AppendLine();
        foreach (var (label, low, high) in new[] { ("cv <= 1", 0.0, 1.0), ("cv > 1", 1.0 + 1e-9, double.PositiveInfinity) })
        {
            var band = rows.Where(r => r.Numbers["lead_time_cv"] >= low && r.Numbers["lead_time_cv"] <= high
                && r.Texts["lead_time_distribution"] != r.Texts["reference_distribution"]).ToList();
            if (band.Count == 0) continue;
            double largest = band.Max(r => Math.Abs(r.Numbers["diff_vs_reference"] / r.Numbers["mean_cost"]));
            int significant = band.Count(r => r.Numbers["diff_ci_low"] > 0 || r.Numbers["diff_ci_high"] < 0);
            md.AppendLine(Inv($"- Lead-time laws with {label}: largest cost change against the {band[0].Texts["reference_distribution"]} reference {100 * largest:F2}%; the paired 95% interval excludes 0 in {significant} of {band.Count} cases."));
        }
        foreach (var r in rows.Where(r => r.Texts["lead_time_distribution"] == r.Texts["reference_distribution"]))
        {
            var n = r.Numbers;
            bool covered = n["ci_low"] <= n["analytic_cost"] && n["analytic_cost"] <= n["ci_high"];
            md.AppendLine(Inv($"- {r.Texts["instance"]}, reference lead times, {r.Texts["failure_distribution"]} lifetimes: simulated {n["mean_cost"]:F3} [{n["ci_low"]:F3}, {n["ci_high"]:F3}] vs analytical {n["analytic_cost"]:F3} ({100 * (n["mean_cost"] / n["analytic_cost"] - 1):+0.00;-0.00}%, interval {(covered ? "contains" : "excludes")} the analytical value)."));
        }
        md.AppendLine();
        md.AppendLine("## Results");
        md.AppendLine();
        md.AppendLine("| instance | lead time | cv | S | analytic (exp.) | simulated [95% CI] | vs reference [95% CI] | relative | availability |");
        md.AppendLine("|---|---|---|---|---|---|---|---|---|");
        foreach (var r in rows)
        {
            var n = r.Numbers;
            md.AppendLine(Inv($"| {r.Texts["instance"]} | {r.Texts["lead_time_distribution"]} | {n["lead_time_cv"]:G3} | {n["base_stock"]} | {n["analytic_cost"]:F3} | {n["mean_cost"]:F3} [{n["ci_low"]:F3}, {n["ci_high"]:F3}] | {n["diff_vs_reference"]:+0.000;-0.000;0} [{n["diff_ci_low"]:F3}, {n["diff_ci_high"]:F3}] | {100 * n["diff_vs_reference"] / n["mean_cost"]:+0.00;-0.00;0}% | {n["availability"]:F5} |"));
        }
        md.AppendLine();
        md.AppendLine("Cost components (analytical values under exponential lead times and lifetimes first):");
        md.AppendLine();
        md.AppendLine("| instance | lead time | cv | purchase | maintenance | holding | backorder | AM order share |");
        md.AppendLine("|---|---|---|---|---|---|---|---|");
        foreach (var group in rows.GroupBy(r => r.Texts["instance"]))
        {
            var a = group.First().Numbers;
            md.AppendLine(Inv($"| {group.Key} | analytical | 1 | {a["analytic_purchase"]:F3} | {a["analytic_maintenance"]:F3} | {a["analytic_holding"]:F3} | {a["analytic_backorder"]:F3} | |"));
            foreach (var r in group)
            {
                var n = r.Numbers;
                md.AppendLine(Inv($"| {group.Key} | {r.Texts["lead_time_distribution"]} | {n["lead_time_cv"]:G3} | {n["mean_purchase"]:F3} | {n["mean_maintenance"]:F3} | {n["mean_holding"]:F3} | {n["mean_backorder"]:F3} | {n["order_share_am"]:F4} |"));
            }
        }
        md.AppendLine();
        md.AppendLine("![cost vs cv](cost-vs-cv.png)");
        File.WriteAllText(Path.Combine(options.Output, "report.md"), md.ToString());
    }

    private static void SavePlot(string path, LeadTimeInsensitivityOptions options, IReadOnlyList<SummaryRow> rows)
    {
        var plot = new Plot();
        var instances = rows.Select(r => r.Texts["instance"]).Distinct().ToList();
        var families = rows.Select(r => r.Texts["lead_time_distribution"]).Distinct().ToList();
        for (int i = 0; i < instances.Count; i++)
        {
            var mine = rows.Where(r => r.Texts["instance"] == instances[i]).ToList();
            double analytic = mine[0].Numbers["analytic_cost"];
            // Relative to the analytical (exponential) cost, so instances of different size share an axis;
            // families with the same cv are shifted a little to keep their bars apart.
            double[] xs = mine.Select(r => r.Numbers["lead_time_cv"] + 0.04 * (families.IndexOf(r.Texts["lead_time_distribution"]) % 3 - 1) + 0.02 * i).ToArray();
            double[] ys = mine.Select(r => r.Numbers["mean_cost"] / analytic).ToArray();
            double[] es = mine.Select(r => (r.Numbers["ci_high"] - r.Numbers["ci_low"]) / 2 / analytic).ToArray();
            var bars = plot.Add.ErrorBar(xs, ys, es);
            var points = plot.Add.ScatterPoints(xs, ys);
            points.LegendText = instances[i];
            bars.Color = points.Color;
        }
        var one = plot.Add.HorizontalLine(1);
        one.LegendText = "analytical cost (exponential lead times)";
        plot.Title(Inv($"{options.Name}: simulated cost of the exponential-optimal policy"));
        plot.XLabel("lead-time coefficient of variation");
        plot.YLabel("simulated / analytical cost (95% CI)");
        plot.ShowLegend(Alignment.UpperLeft);
        plot.SavePng(path, 900, 600);
    }

    private static string Inv(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
