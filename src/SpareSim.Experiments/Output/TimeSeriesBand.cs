using SpareSim.Experiments.Analysis;
using SpareSim.Experiments.Configuration;
using SpareSim.Experiments.Running;

namespace SpareSim.Experiments.Output;

/// <summary>One scenario's sampled measure over time: the mean over replications and the half-width of its 95% t-interval at each time.</summary>
/// <param name="Scenario">The scenario index.</param>
/// <param name="Measure">The sampled measure.</param>
/// <param name="Mean">Mean per time.</param>
/// <param name="HalfWidth">95% half-width per time (NaN where a value is not finite).</param>
public sealed record TimeSeriesBand(int Scenario, string Measure, double[] Mean, double[] HalfWidth)
{
    /// <summary>The bands of every scenario and sampled measure of a run.</summary>
    public static IReadOnlyList<TimeSeriesBand> Of(ExperimentDefinition definition, IReadOnlyList<ReplicationRecord> records)
    {
        var spec = definition.TimeSeries ?? throw new ArgumentException("the experiment has no time series", nameof(definition));
        var bands = new List<TimeSeriesBand>();
        foreach (var scenario in definition.Scenarios)
        {
            var mine = records.Where(r => r.Scenario == scenario.Index && r.Series is not null).ToList();
            for (int m = 0; m < spec.Measures.Count; m++)
            {
                var mean = new double[spec.Points];
                var half = new double[spec.Points];
                for (int k = 0; k < spec.Points; k++)
                {
                    var x = mine.Select(r => r.Series![m * spec.Points + k]).ToList();
                    if (x.Count < 2 || !x.All(double.IsFinite))
                    {
                        mean[k] = x.Count == 1 ? x[0] : double.NaN;
                        half[k] = double.NaN;
                        continue;
                    }
                    var ci = ConfidenceInterval.FromSample(x);
                    mean[k] = ci.Mean;
                    half[k] = ci.HalfWidth;
                }
                bands.Add(new TimeSeriesBand(scenario.Index, spec.Measures[m], mean, half));
            }
        }
        return bands;
    }
}
