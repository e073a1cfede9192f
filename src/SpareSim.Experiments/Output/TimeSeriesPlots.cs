using ScottPlot;
using SpareSim.Experiments.Configuration;

namespace SpareSim.Experiments.Output;

/// <summary>Draws each sampled measure over time: per scenario its mean over replications as a line with the 95% band around it.</summary>
public static class TimeSeriesPlots
{
    /// <summary>Renders one PNG per sampled measure into <paramref name="folder"/>; returns the file names.</summary>
    public static IReadOnlyList<string> Render(ExperimentDefinition definition, IReadOnlyList<TimeSeriesBand> bands, string folder)
    {
        var spec = definition.TimeSeries!;
        double[] times = Enumerable.Range(0, spec.Points).Select(spec.Time).ToArray();
        var files = new List<string>();
        foreach (string measure in spec.Measures)
        {
            var plot = new Plot();
            foreach (var band in bands.Where(b => b.Measure == measure))
            {
                var color = plot.Add.GetNextColor();
                double[] low = band.Mean.Select((m, k) => double.IsNaN(band.HalfWidth[k]) ? m : m - band.HalfWidth[k]).ToArray();
                double[] high = band.Mean.Select((m, k) => double.IsNaN(band.HalfWidth[k]) ? m : m + band.HalfWidth[k]).ToArray();
                var fill = plot.Add.FillY(times, low, high);
                fill.FillColor = color.WithAlpha(0.2);
                fill.LineWidth = 0;
                var line = plot.Add.ScatterLine(times, band.Mean);
                line.Color = color;
                line.LineWidth = 1.5f;
                line.LegendText = definition.Scenarios[band.Scenario].Name;
            }
            plot.ShowLegend(Alignment.LowerRight);
            plot.XLabel($"time ({definition.Model.Name} model time, from the run's start)");
            plot.YLabel($"{measure} (mean over replications, 95% band)");
            plot.Title($"{definition.Name}: {measure} over time");
            string file = $"plot-timeseries-{measure}.png";
            string tmp = Path.Combine(folder, file + ".tmp.png");
            plot.SavePng(tmp, 1000, 600);
            File.Move(tmp, Path.Combine(folder, file), overwrite: true);
            files.Add(file);
        }
        return files;
    }
}
