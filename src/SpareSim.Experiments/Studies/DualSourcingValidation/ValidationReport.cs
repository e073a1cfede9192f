using System.Globalization;
using System.Text;
using ScottPlot;

namespace SpareSim.Experiments.Studies.DualSourcingValidation;

/// <summary>report.md and simulated-vs-analytic.png of the dual-sourcing validation.</summary>
public static class ValidationReport
{
    /// <summary>Writes the report and the plot into the output folder.</summary>
    public static void Write(DualSourcingValidationOptions options, IReadOnlyList<SummaryRow> rows, TimeSpan elapsed, string commandLine)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(rows);
        SavePlot(Path.Combine(options.Output, "simulated-vs-analytic.png"), rows);
        SaveRelativePlot(Path.Combine(options.Output, "relative-difference.png"), rows);
        var md = new StringBuilder();
        md.AppendLine("# Dual-sourcing validation: simulation under the analytical optimal policy");
        md.AppendLine();
        md.AppendLine(Inv($"{rows.Count} instances of the Knofius et al. (2020) Table 2 grid (the all-lowest and all-highest corners and {rows.Count - 2} seeded random grid points), each at its analytical optimal base stock and policy (policy iteration), simulated with exponential lifetimes and lead times: {options.Replications} replications of {options.RunLength:G} months after a {options.WarmUp:G}-month warm-up, 95% t intervals."));
        md.AppendLine();
        md.AppendLine(Inv($"Command: `{commandLine}`; wall clock {elapsed.TotalSeconds:F0} s with {options.DegreeOfParallelism} parallel replications."));
        md.AppendLine();
        md.AppendLine("## Coverage (share of instances whose 95% interval contains the analytical value)");
        md.AppendLine();
        md.AppendLine("| measure | covered | coverage |");
        md.AppendLine("|---|---|---|");
        foreach (var key in new[] { "covered" }.Concat(DualSourcingValidationStudy.Components.Select(c => $"covered_{c}")))
        {
            int covered = rows.Count(r => r.Numbers[key] == 1);
            string label = key == "covered" ? "total cost" : key["covered_".Length..];
            md.AppendLine(Inv($"| {label} | {covered}/{rows.Count} | {100.0 * covered / rows.Count:F1}% |"));
        }
        md.AppendLine();
        double maxRel = rows.Max(r => Math.Abs(r.Numbers["sim_mean_cost"] - r.Numbers["analytic_cost"]) / r.Numbers["analytic_cost"]);
        md.AppendLine(Inv($"Largest relative difference of the simulated mean total cost from the analytical one: {100 * maxRel:F2}%; median relative half-width of the intervals: {100 * Median(rows.Select(r => r.Numbers["relative_half_width"])):F2}%. With 95% nominal intervals the number of instances not covered is Binomial({rows.Count}, 0.05): mean {0.05 * rows.Count:F1}."));
        md.AppendLine();
        md.AppendLine("![simulated vs analytic](simulated-vs-analytic.png)");
        md.AppendLine();
        md.AppendLine("The intervals are too narrow to see on that scale; relative to the analytical cost, instance by instance:");
        md.AppendLine();
        md.AppendLine("![relative difference](relative-difference.png)");
        md.AppendLine();
        md.AppendLine("## Instances");
        md.AppendLine();
        md.AppendLine("| instance | k | λC | μC | λA | μA | cA | b | m | κ | S | analytic | simulated [95% CI] | AM order share |");
        md.AppendLine("|---|---|---|---|---|---|---|---|---|---|---|---|---|---|");
        foreach (var r in rows)
        {
            var n = r.Numbers;
            md.AppendLine(Inv($"| {r.Texts["instance"]} | {n["k"]} | {n["lambda_cm"]} | {n["mu_cm"]} | {n["lambda_am"]} | {n["mu_am"]} | {n["price_am"]} | {n["backorder_cost"]} | {n["maintenance_cost"]} | {n["holding_rate"]} | {n["base_stock"]} | {n["analytic_cost"]:F4} | {n["sim_mean_cost"]:F4} [{n["sim_ci_low"]:F4}, {n["sim_ci_high"]:F4}]{(n["covered"] == 1 ? "" : " ✗")} | {n["sim_order_share_am"]:F3} |"));
        }
        File.WriteAllText(Path.Combine(options.Output, "report.md"), md.ToString());
    }

    private static void SavePlot(string path, IReadOnlyList<SummaryRow> rows)
    {
        var plot = new Plot();
        double[] xs = rows.Select(r => r.Numbers["analytic_cost"]).ToArray();
        double[] ys = rows.Select(r => r.Numbers["sim_mean_cost"]).ToArray();
        double[] errors = rows.Select(r => (r.Numbers["sim_ci_high"] - r.Numbers["sim_ci_low"]) / 2).ToArray();
        double lo = Math.Min(xs.Min(), ys.Min()) * 0.95, hi = Math.Max(xs.Max(), ys.Max()) * 1.05;
        var diagonal = plot.Add.Line(lo, lo, hi, hi);
        diagonal.LegendText = "simulated = analytic";
        plot.Add.ErrorBar(xs, ys, errors);
        var points = plot.Add.ScatterPoints(xs, ys);
        points.LegendText = "instance (95% CI)";
        plot.Axes.SetLimits(lo, hi, lo, hi);
        plot.Title("Simulated vs analytical long-run cost (optimal dual-sourcing policy)");
        plot.XLabel("analytical cost per month");
        plot.YLabel("simulated cost per month");
        plot.ShowLegend(Alignment.UpperLeft);
        plot.SavePng(path, 800, 700);
    }

    private static void SaveRelativePlot(string path, IReadOnlyList<SummaryRow> rows)
    {
        var plot = new Plot();
        double[] xs = Enumerable.Range(1, rows.Count).Select(i => (double)i).ToArray();
        double[] ys = rows.Select(r => 100 * (r.Numbers["sim_mean_cost"] / r.Numbers["analytic_cost"] - 1)).ToArray();
        double[] errors = rows.Select(r => 100 * (r.Numbers["sim_ci_high"] - r.Numbers["sim_ci_low"]) / 2 / r.Numbers["analytic_cost"]).ToArray();
        var bars = plot.Add.ErrorBar(xs, ys, errors);
        var points = plot.Add.ScatterPoints(xs, ys);
        bars.Color = points.Color;
        points.LegendText = "simulated mean, 95% CI";
        var zero = plot.Add.HorizontalLine(0);
        zero.LegendText = "analytical cost";
        plot.Title("(simulated - analytical) / analytical cost, per instance");
        plot.XLabel("instance (order of the summary)");
        plot.YLabel("relative difference (%)");
        plot.ShowLegend(Alignment.UpperRight);
        plot.SavePng(path, 1000, 500);
    }

    private static double Median(IEnumerable<double> values)
    {
        var v = values.OrderBy(x => x).ToArray();
        return v.Length % 2 == 1 ? v[v.Length / 2] : (v[v.Length / 2 - 1] + v[v.Length / 2]) / 2;
    }

    private static string Inv(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
