using System.Diagnostics;
using System.Globalization;
using ScottPlot;
using SpareSim.Experiments.Studies.DualSourcingValidation;

namespace SpareSim.Experiments.Studies.PreventiveMaintenance;

/// <summary>
/// Table 4.2's factorial: the three optima of every instance (instances.parquet), Tables 4.3–4.5,
/// the win count, the primary and secondary benefits (report.md) and Figure 4.4 (figure-4-4.png).
/// </summary>
public static class PmFactorialStudy
{
    /// <summary>Runs the study; returns 0.</summary>
    public static async Task<int> RunAsync(PmFactorialOptions options, string commandLine, TextWriter log, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(log);
        var sw = Stopwatch.StartNew();
        var instances = options.Instances().Select((o, k) => o.ToInstance($"instance {k}")).ToList();
        var rows = PmInstanceResult.EvaluateAll(instances, options.DegreeOfParallelism, cancellation);
        log.WriteLine(Inv($"{options.Name}: {rows.Count} instances optimised, {sw.Elapsed.TotalSeconds:F0} s"));
        Directory.CreateDirectory(options.Output);
        var metadata = StudyProvenance.For(options.Name, options, 0, commandLine);
        await SummaryParquet.WriteAsync(Path.Combine(options.Output, "instances.parquet"), PmInstanceResult.Columns, rows, new HashSet<string>(), metadata);
        SaveFigure44(Path.Combine(options.Output, "figure-4-4.png"), rows);
        PmFactorialReport.Write(options, rows, commandLine, sw.Elapsed);
        log.WriteLine(Inv($"{options.Name}: written to {options.Output}, {sw.Elapsed.TotalSeconds:F0} s"));
        return 0;
    }

    /// <summary>Figure 4.4: Δ_g(DA,TR) (%) against t^DA_p/L_r, one series per α_p.</summary>
    private static void SaveFigure44(string path, IReadOnlyList<SummaryRow> rows)
    {
        var plot = new Plot();
        foreach (var group in rows.GroupBy(r => r.Numbers["alpha_p"]).OrderBy(g => g.Key))
        {
            // Instances where DA never prints have no printed PM age: they are left out.
            var printing = group.Where(r => r.Numbers["t_b_da"] > 0).ToList();
            var s = plot.Add.ScatterPoints(printing.Select(r => r.Numbers["tp_over_lr"]).ToArray(), printing.Select(r => 100 * r.Numbers["dg_da_tr"]).ToArray());
            s.LegendText = Inv($"α_p = {group.Key:G}");
            s.MarkerSize = 6;
        }
        plot.Axes.SetLimits(0, 8, 0, 12);
        plot.XLabel("t^DA_p / L_r");
        plot.YLabel("Δ_g(DA, TR) (%)");
        plot.Title("Figure 4.4: secondary benefits against the printed part's PM age");
        plot.ShowLegend(Alignment.UpperLeft);
        plot.SavePng(path, 900, 560);
    }

    private static string Inv(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
