using System.Diagnostics;
using System.Globalization;
using System.Text;
using ScottPlot;
using SpareSim.Experiments.Studies.DualSourcingValidation;

namespace SpareSim.Experiments.Studies.PreventiveMaintenance;

/// <summary>
/// Figure 4.5: g*_B, g*_TR, g*_DA against one parameter at a time around the base instance;
/// sweeps.parquet, one PNG per panel (figure-4-5-&lt;parameter&gt;.png) and report.md with the values.
/// </summary>
public static class PmSensitivityStudy
{
    /// <summary>Runs the study; returns 0.</summary>
    public static async Task<int> RunAsync(PmSensitivityOptions options, string commandLine, TextWriter log, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(log);
        var sw = Stopwatch.StartNew();
        var cases = options.Sweeps.SelectMany(s => s.Values.Select(v => (Sweep: s, Value: v))).ToList();
        var rows = PmInstanceResult.EvaluateAll(cases.Select(c => c.Sweep.Apply(options.Instance, c.Value).ToInstance()).ToList(), options.DegreeOfParallelism, cancellation);
        for (int k = 0; k < rows.Count; k++)
        {
            rows[k].Texts["parameter"] = cases[k].Sweep.Parameter;
            rows[k].Numbers["value"] = cases[k].Value;
        }
        Directory.CreateDirectory(options.Output);
        var metadata = StudyProvenance.For(options.Name, options, 0, commandLine);
        await SummaryParquet.WriteAsync(Path.Combine(options.Output, "sweeps.parquet"), ["parameter", "value", .. PmInstanceResult.Columns], rows, new HashSet<string>(), metadata);
        var md = new StringBuilder();
        md.AppendLine(Inv($"# {options.Name}: Figure 4.5 sensitivity sweeps (thesis ch. 4)")).AppendLine();
        md.AppendLine(Inv($"One parameter at a time around Table 4.1 (h = {options.Instance.HoldingFraction}·c_r/365); optima on the 1-day grid. The thesis gives no numbers for this figure, only claims (a)–(e) (spec A.9). Command: `{commandLine}`; {sw.Elapsed.TotalSeconds:F0} s.")).AppendLine();
        foreach (var group in rows.GroupBy(r => r.Texts["parameter"]))
        {
            string file = $"figure-4-5-{group.Key.ToLowerInvariant()}.png";
            SavePanel(Path.Combine(options.Output, file), group.Key, group.ToList());
            md.AppendLine(Inv($"## {group.Key}")).AppendLine();
            md.AppendLine("| value | g*_B | g*_TR | g*_DA | t^TR_b | Δ_g(DA,B) |").AppendLine("|---|---|---|---|---|---|");
            foreach (var r in group)
                md.AppendLine(Inv($"| {r.Numbers["value"]:G} | {r.Numbers["g_b"]:F3} | {r.Numbers["g_tr"]:F3} | {r.Numbers["g_da"]:F3} | {r.Numbers["t_b_tr"]:G} | {100 * r.Numbers["dg_da_b"]:F1}% |"));
            md.AppendLine().AppendLine(Inv($"![{group.Key}]({file})")).AppendLine();
        }
        File.WriteAllText(Path.Combine(options.Output, "report.md"), md.ToString());
        log.WriteLine(Inv($"{options.Name}: written to {options.Output}, {sw.Elapsed.TotalSeconds:F0} s"));
        return 0;
    }

    private static void SavePanel(string path, string parameter, IReadOnlyList<SummaryRow> rows)
    {
        var plot = new Plot();
        double[] xs = rows.Select(r => r.Numbers["value"]).ToArray();
        foreach (var (column, label, color) in new[] { ("g_b", "B", Colors.Black), ("g_tr", "TR", Colors.Blue), ("g_da", "DA", Colors.Red) })
        {
            var s = plot.Add.Scatter(xs, rows.Select(r => r.Numbers[column]).ToArray());
            s.LegendText = label;
            s.Color = color;
        }
        plot.XLabel(parameter);
        plot.YLabel("optimal cost rate g* (per day)");
        plot.Title($"Figure 4.5: sensitivity to {parameter}");
        plot.ShowLegend(Alignment.UpperLeft);
        plot.SavePng(path, 800, 500);
    }

    private static string Inv(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
