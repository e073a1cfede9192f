using ScottPlot;
using SpareSim.Experiments.Configuration;

namespace SpareSim.Experiments.Output;

/// <summary>
/// Draws each sampled measure over time: per scenario its mean over replications as a line with
/// the 95% band around it. A stress experiment gets one plot per measure and disruption (its
/// mitigations and the undisrupted run); another experiment one plot per measure with every scenario.
/// </summary>
public static class TimeSeriesPlots
{
    /// <summary>Renders the plots into <paramref name="folder"/>; returns the file names.</summary>
    public static IReadOnlyList<string> Render(ExperimentDefinition definition, IReadOnlyList<TimeSeriesBand> bands, string folder)
    {
        var spec = definition.TimeSeries!;
        double[] times = Enumerable.Range(0, spec.Points).Select(spec.Time).ToArray();
        var files = new List<string>();
        foreach (var (title, suffix, members) in Groups(definition))
        {
            foreach (string measure in spec.Measures)
            {
                var plot = new Plot();
                foreach (var (scenario, label) in members)
                {
                    var band = bands.First(b => b.Scenario == scenario && b.Measure == measure);
                    var color = plot.Add.GetNextColor();
                    double[] low = band.Mean.Select((m, k) => double.IsNaN(band.HalfWidth[k]) ? m : m - band.HalfWidth[k]).ToArray();
                    double[] high = band.Mean.Select((m, k) => double.IsNaN(band.HalfWidth[k]) ? m : m + band.HalfWidth[k]).ToArray();
                    var fill = plot.Add.FillY(times, low, high);
                    fill.FillColor = color.WithAlpha(0.2);
                    fill.LineWidth = 0;
                    var line = plot.Add.ScatterLine(times, band.Mean);
                    line.Color = color;
                    line.LineWidth = 1.5f;
                    line.LegendText = label;
                }
                plot.ShowLegend(Alignment.LowerRight);
                plot.XLabel("model time from the run's start");
                plot.YLabel($"{measure} (mean, 95% band)");
                plot.Title($"{definition.Name}: {measure}{title}");
                string file = $"plot-timeseries-{measure}{suffix}.png";
                string tmp = Path.Combine(folder, file + ".tmp.png");
                plot.SavePng(tmp, 1000, 600);
                File.Move(tmp, Path.Combine(folder, file), overwrite: true);
                files.Add(file);
            }
        }
        return files;
    }

    private static IEnumerable<(string Title, string Suffix, List<(int Scenario, string Label)> Members)> Groups(ExperimentDefinition definition)
    {
        var scenarios = definition.Scenarios;
        if (definition.Stress is null || definition.BaselineScenario is not { } baseline)
        {
            yield return ("", "", scenarios.Select(s => (s.Index, s.Name)).ToList());
            yield break;
        }
        var (d, m) = MitigationRanking.Labels(definition, definition.Stress, baseline);
        string calm = d(scenarios[baseline]);
        foreach (var group in scenarios.Where(s => d(s) != calm).GroupBy(d))
        {
            var members = new List<(int, string)> { (baseline, "undisrupted") };
            members.AddRange(group.Select(s => (s.Index, m(s) == m(scenarios[baseline]) ? "no mitigation" : m(s))));
            string id = System.Text.RegularExpressions.Regex.Replace(group.Key, "[^a-z0-9]+", "-").Trim('-');
            yield return ($" under {group.Key}", $"-{id}", members);
        }
    }
}
