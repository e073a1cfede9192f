using ScottPlot;
using SpareSim.Experiments.Configuration;
using SpareSim.Experiments.Simulation;

namespace SpareSim.Experiments.Output;

/// <summary>
/// Draws the plots an experiment asks for as PNG files: a measure's mean with its 95%
/// confidence interval as error bars, against a numeric parameter (or per scenario), one
/// series per value of an optional grouping parameter. Where the model reports an analytic
/// value of the measure (<c>analytic_M</c> beside <c>M</c>) it is drawn next to the simulated CI,
/// and a second plot shows simulated − analytic with its CI against zero: at the scale of the
/// measure itself a CI is often thinner than its marker.
/// </summary>
public static class PlotRenderer
{
    private const int Width = 900, Height = 560;

    /// <summary>Renders every plot of <paramref name="definition"/> into <paramref name="folder"/>; returns the file names.</summary>
    public static IReadOnlyList<string> Render(ExperimentDefinition definition, IReadOnlyList<ScenarioSummary> summaries, string folder)
    {
        var files = new List<string>();
        var measures = definition.Model.Measures.ToList();
        foreach (var spec in definition.Plots)
        {
            int m = measures.IndexOf(spec.Measure);
            int analytic = measures.IndexOf("analytic_" + spec.Measure);
            bool hasAnalytic = analytic >= 0 && summaries.Any(s => double.IsFinite(s.Measures[analytic].Mean));
            string unit = MeasureUnits.Of(definition.Model, spec.Measure);
            string name = FileName(spec);
            files.Add(Save(Draw(definition, spec, summaries, m, hasAnalytic ? analytic : -1, difference: false, unit), folder, name));
            if (hasAnalytic)
                files.Add(Save(Draw(definition, spec, summaries, m, analytic, difference: true, unit), folder, name.Replace($"plot-{spec.Measure}-", $"plot-{spec.Measure}-minus-analytic-", StringComparison.Ordinal)));
        }
        return files;
    }

    /// <summary>
    /// One plot: per group the simulated means with CI bars (or, with <paramref name="difference"/>,
    /// simulated − analytic with the same CI half-widths, and a zero line), and the analytic values
    /// as diamonds beside them when <paramref name="analytic"/> is a measure index.
    /// </summary>
    private static Plot Draw(ExperimentDefinition definition, PlotSpec spec, IReadOnlyList<ScenarioSummary> summaries, int m, int analytic, bool difference, string unit)
    {
        var plot = new Plot();
        bool perScenario = spec.X is null;
        var groups = spec.Series is null
            ? [summaries.ToList()]
            : summaries.GroupBy(s => s.Scenario.GetString(spec.Series)).Select(g => g.ToList()).ToList();
        double lowest = double.PositiveInfinity;
        // One colour per group, the same in the measure's plot and in its difference plot.
        var palette = new ScottPlot.Palettes.Category10();
        foreach (var (group, index) in groups.Select((g, i) => (g, i)))
        {
            double[] xs = perScenario
                ? group.Select(s => (double)s.Scenario.Index).ToArray()
                : group.Select(s => s.Scenario.GetDouble(spec.X!)).ToArray();
            double[] exact = group.Select(s => analytic >= 0 ? s.Measures[analytic].Mean : double.NaN).ToArray();
            double[] ys = group.Select((s, i) => s.Measures[m].Mean - (difference ? exact[i] : 0)).ToArray();
            double[] errors = group.Select(s => s.Measures[m].ConfidenceInterval.HalfWidth).ToArray();
            // Scenarios without an analytic value have no difference to show.
            var keep = Enumerable.Range(0, xs.Length).Where(i => double.IsFinite(ys[i])).ToArray();
            xs = keep.Select(i => xs[i]).ToArray();
            exact = keep.Select(i => exact[i]).ToArray();
            ys = keep.Select(i => ys[i]).ToArray();
            errors = keep.Select(i => double.IsFinite(errors[i]) ? errors[i] : 0).ToArray();
            if (xs.Length == 0) continue;
            lowest = Math.Min(lowest, ys.Zip(errors, (y, e) => y - e).Min());
            var scatter = plot.Add.Scatter(xs, ys, palette.GetColor(index));
            scatter.MarkerSize = 8;
            if (perScenario) scatter.LineWidth = 0;
            scatter.LegendText = (spec.Series is null ? difference ? "simulated − analytic" : "simulated" : $"{spec.Series} = {group[0].Scenario.GetString(spec.Series)}") + " (95% CI)";
            var bars = plot.Add.ErrorBar(xs, ys, errors);
            bars.LineColor = scatter.Color;
            bars.LineWidth = 2;
            bars.CapSize = 10;
            if (perScenario)
            {
                // The value in numbers beside each point: a CI too thin to see still reads.
                for (int i = 0; i < xs.Length; i++)
                {
                    var label = plot.Add.Text(MeanAndHalfWidth(ys[i], errors[i]), xs[i], ys[i] + errors[i]);
                    label.LabelAlignment = Alignment.LowerCenter;
                    label.OffsetY = -6;
                    label.LabelFontSize = 12;
                    label.LabelFontColor = scatter.Color;
                }
            }
            if (analytic >= 0 && !difference && exact.Any(double.IsFinite))
            {
                var at = Enumerable.Range(0, xs.Length).Where(i => double.IsFinite(exact[i])).ToArray();
                double offset = perScenario ? -0.12 : 0;
                var points = plot.Add.Scatter(at.Select(i => xs[i] + offset).ToArray(), at.Select(i => exact[i]).ToArray());
                points.MarkerShape = MarkerShape.OpenDiamond;
                points.MarkerSize = 11;
                points.Color = scatter.Color;
                points.LineWidth = perScenario ? 0 : 1;
                points.LinePattern = LinePattern.Dashed;
                points.LegendText = "analytic" + (spec.Series is null ? "" : $", {spec.Series} = {group[0].Scenario.GetString(spec.Series)}");
                lowest = Math.Min(lowest, at.Min(i => exact[i]));
            }
        }
        if (difference) plot.Add.HorizontalLine(0, 1, Colors.Gray, LinePattern.Dashed);
        string ofWhat = difference ? $"{spec.Measure}, simulated − analytic" : spec.Measure;
        plot.Title($"{definition.Name}: {ofWhat}");
        plot.XLabel(perScenario ? "scenario" : WithUnit(spec.X!, MeasureUnits.FromName(spec.X!, definition.Model.TimeUnit)));
        plot.YLabel(WithUnit(difference ? "simulated − analytic" : spec.Measure, unit));
        // The legend goes below the data area, where it cannot cover a point.
        plot.ShowLegend(Edge.Bottom);
        plot.Axes.AutoScale();
        if (perScenario)
        {
            // Half a category of room on either side, for the outer points' labels.
            plot.Axes.SetLimitsX(-0.5, summaries.Count - 0.5);
            plot.Axes.Bottom.SetTicks(summaries.Select(s => (double)s.Scenario.Index).ToArray(), summaries.Select(s => s.Scenario.Name).ToArray());
            plot.Axes.Bottom.TickLabelStyle.Rotation = 20;
            plot.Axes.Bottom.TickLabelStyle.Alignment = Alignment.MiddleLeft;
        }
        // A measure that cannot be negative (no mean or CI end below 0) gets no negative axis.
        var limits = plot.Axes.GetLimits();
        if (!difference && lowest >= 0 && limits.Bottom < 0) plot.Axes.SetLimitsY(0, limits.Top);
        return plot;
    }

    /// <summary>"28.814 ± 0.088": the half-width to two significant digits, the mean to the same decimals.</summary>
    internal static string MeanAndHalfWidth(double mean, double halfWidth)
    {
        if (!(halfWidth > 0) || !double.IsFinite(halfWidth)) return ResultWriter.Format(mean);
        int decimals = Math.Clamp(1 - (int)Math.Floor(Math.Log10(halfWidth)), 0, 12);
        string f = "F" + decimals.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return $"{mean.ToString(f, System.Globalization.CultureInfo.InvariantCulture)} ± {halfWidth.ToString(f, System.Globalization.CultureInfo.InvariantCulture)}";
    }

    private static string WithUnit(string what, string unit) => unit.Length == 0 ? what : $"{what} [{unit}]";

    private static string FileName(PlotSpec spec)
    {
        // Model-file paths contain ':' and '/': file names use their column form.
        string x = spec.X is null ? "scenario" : ResultWriter.ParameterColumn(spec.X);
        return $"plot-{spec.Measure}-vs-{x}{(spec.Series is null ? "" : "-by-" + ResultWriter.ParameterColumn(spec.Series))}.png";
    }

    private static string Save(Plot plot, string folder, string file)
    {
        string tmp = Path.Combine(folder, file + ".tmp.png");
        plot.SavePng(tmp, Width, Height);
        File.Move(tmp, Path.Combine(folder, file), overwrite: true);
        return file;
    }
}
