using ScottPlot;
using SpareSim.Experiments.Configuration;

namespace SpareSim.Experiments.Output;

/// <summary>
/// Draws the plots an experiment asks for as PNG files: a measure's mean with its 95%
/// confidence interval as error bars, against a numeric parameter (or per scenario), one
/// series per value of an optional grouping parameter.
/// </summary>
public static class PlotRenderer
{
    /// <summary>Renders every plot of <paramref name="definition"/> into <paramref name="folder"/>; returns the file names.</summary>
    public static IReadOnlyList<string> Render(ExperimentDefinition definition, IReadOnlyList<ScenarioSummary> summaries, string folder)
    {
        var files = new List<string>();
        var measures = definition.Model.Measures.ToList();
        foreach (var spec in definition.Plots)
        {
            int m = measures.IndexOf(spec.Measure);
            var plot = new Plot();
            var groups = spec.Series is null
                ? [summaries.ToList()]
                : summaries.GroupBy(s => s.Scenario.GetString(spec.Series)).Select(g => g.ToList()).ToList();
            foreach (var group in groups)
            {
                double[] xs = spec.X is null
                    ? group.Select(s => (double)s.Scenario.Index).ToArray()
                    : group.Select(s => s.Scenario.GetDouble(spec.X)).ToArray();
                double[] ys = group.Select(s => s.Measures[m].Mean).ToArray();
                double[] errors = group.Select(s => s.Measures[m].ConfidenceInterval.HalfWidth).ToArray();
                var scatter = plot.Add.Scatter(xs, ys);
                scatter.MarkerSize = 8;
                if (spec.X is null) scatter.LineWidth = 0;
                if (spec.Series is not null) scatter.LegendText = $"{spec.Series} = {group[0].Scenario.GetString(spec.Series)}";
                var bars = plot.Add.ErrorBar(xs, ys, errors);
                bars.LineColor = scatter.Color;
            }
            if (spec.X is null)
            {
                plot.Axes.Bottom.SetTicks(summaries.Select(s => (double)s.Scenario.Index).ToArray(), summaries.Select(s => s.Scenario.Name).ToArray());
                plot.Axes.Bottom.TickLabelStyle.Rotation = 20;
                plot.Axes.Bottom.TickLabelStyle.Alignment = Alignment.MiddleLeft;
            }
            if (spec.Series is not null) plot.ShowLegend();
            plot.XLabel(spec.X ?? "scenario");
            plot.YLabel($"{spec.Measure} (mean, 95% CI)");
            plot.Title($"{definition.Name}: {spec.Measure}");
            // Model-file paths contain ':' and '/': file names use their column form.
            string x = spec.X is null ? "scenario" : ResultWriter.ParameterColumn(spec.X);
            string file = $"plot-{spec.Measure}-vs-{x}{(spec.Series is null ? "" : "-by-" + ResultWriter.ParameterColumn(spec.Series))}.png";
            string tmp = Path.Combine(folder, file + ".tmp.png");
            plot.SavePng(tmp, 900, 560);
            File.Move(tmp, Path.Combine(folder, file), overwrite: true);
            files.Add(file);
        }
        return files;
    }
}
