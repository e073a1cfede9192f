using SpareSim.Experiments.Configuration;

namespace SpareSim.Experiments.Output;

/// <summary>
/// How a scenario's mean over time compares with the reference (undisrupted) scenario's 95% band:
/// the first time it leaves the band, the time from which on it stays inside to the end of the
/// grid, their difference (time to recover; NaN if it never comes back inside the grid), and the
/// area lost, Σ step × (reference mean − scenario mean) over the grid (positive when the scenario
/// is below the reference, e.g. availability lost).
/// </summary>
/// <param name="Scenario">The scenario index.</param>
/// <param name="Measure">The sampled measure.</param>
/// <param name="LeftBand">First time outside the reference band (NaN: never).</param>
/// <param name="BackInBand">The time from which on the mean stays inside the band (NaN: not by the end of the grid, or never left).</param>
/// <param name="TimeToRecover">BackInBand − LeftBand (0 when it never left; NaN when it never came back).</param>
/// <param name="AreaLost">Σ step × (reference − scenario).</param>
public sealed record RecoveryAnalysis(int Scenario, string Measure, double LeftBand, double BackInBand, double TimeToRecover, double AreaLost)
{
    /// <summary>The analysis of every scenario other than the reference, per sampled measure.</summary>
    public static IReadOnlyList<RecoveryAnalysis> Of(TimeSeriesSpec spec, IReadOnlyList<TimeSeriesBand> bands)
    {
        if (spec.Reference is not { } reference) return [];
        var list = new List<RecoveryAnalysis>();
        foreach (var band in bands.Where(b => b.Scenario != reference))
        {
            var refBand = bands.First(b => b.Scenario == reference && b.Measure == band.Measure);
            int first = -1, last = -1;
            double area = 0;
            for (int k = 0; k < spec.Points; k++)
            {
                double low = refBand.Mean[k] - refBand.HalfWidth[k], high = refBand.Mean[k] + refBand.HalfWidth[k];
                // Where the reference is the same in every replication its band is that value (half-width 0).
                if (double.IsNaN(refBand.HalfWidth[k])) low = high = refBand.Mean[k];
                bool outside = band.Mean[k] < low || band.Mean[k] > high;
                if (outside && first < 0) first = k;
                if (outside) last = k;
                if (double.IsFinite(band.Mean[k]) && double.IsFinite(refBand.Mean[k])) area += spec.Step * (refBand.Mean[k] - band.Mean[k]);
            }
            double left = first < 0 ? double.NaN : spec.Time(first);
            double back = first < 0 || last == spec.Points - 1 ? double.NaN : spec.Time(last + 1);
            double recover = first < 0 ? 0 : back - left;
            list.Add(new RecoveryAnalysis(band.Scenario, band.Measure, left, back, recover, area));
        }
        return list;
    }
}
