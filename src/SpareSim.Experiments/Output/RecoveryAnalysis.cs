using SpareSim.Experiments.Configuration;

namespace SpareSim.Experiments.Output;

/// <summary>
/// How a scenario's mean over time compares with its reference (the undisrupted run): at time k
/// it is outside the reference's band when the two 95% intervals do not overlap
/// (|mean − reference mean| &gt; both half-widths), so that noise alone rarely takes it out. It
/// has recovered at the first time after it left from which it stays inside for
/// <see cref="HoldPoints"/> consecutive times (5% of the grid, at least one). The area lost is
/// Σ step × (reference mean − scenario mean) over the grid (positive when the scenario is below
/// the reference, e.g. availability lost).
/// </summary>
/// <param name="Scenario">The scenario index.</param>
/// <param name="Reference">The reference scenario's index.</param>
/// <param name="Measure">The sampled measure.</param>
/// <param name="LeftBand">First time outside the reference band (NaN: never).</param>
/// <param name="BackInBand">The recovery time (NaN: never left, or not recovered by the end of the grid).</param>
/// <param name="TimeToRecover">BackInBand − LeftBand (0 when it never left; NaN when it did not recover).</param>
/// <param name="AreaLost">Σ step × (reference − scenario).</param>
public sealed record RecoveryAnalysis(int Scenario, int Reference, string Measure, double LeftBand, double BackInBand, double TimeToRecover, double AreaLost)
{
    /// <summary>Consecutive grid times inside the band that count as recovered.</summary>
    public static int HoldPoints(TimeSeriesSpec spec) => Math.Max(1, spec.Points / 20);

    /// <summary>The analysis of every scenario that <paramref name="referenceOf"/> gives a reference for, per sampled measure.</summary>
    public static IReadOnlyList<RecoveryAnalysis> Of(TimeSeriesSpec spec, IReadOnlyList<TimeSeriesBand> bands, Func<int, int?> referenceOf)
    {
        var list = new List<RecoveryAnalysis>();
        int hold = HoldPoints(spec);
        foreach (var band in bands)
        {
            if (referenceOf(band.Scenario) is not { } reference || reference == band.Scenario) continue;
            var refBand = bands.First(b => b.Scenario == reference && b.Measure == band.Measure);
            var outside = new bool[spec.Points];
            double area = 0;
            for (int k = 0; k < spec.Points; k++)
            {
                // A value the same in every replication has no interval (NaN): it is its own band.
                double allowed = Zero(refBand.HalfWidth[k]) + Zero(band.HalfWidth[k]);
                outside[k] = Math.Abs(band.Mean[k] - refBand.Mean[k]) > allowed + 1e-12 * Math.Abs(refBand.Mean[k]);
                if (double.IsFinite(band.Mean[k]) && double.IsFinite(refBand.Mean[k])) area += spec.Step * (refBand.Mean[k] - band.Mean[k]);
            }
            int first = Array.IndexOf(outside, true), back = -1;
            for (int k = first + 1; first >= 0 && k + hold <= spec.Points && back < 0; k++)
                if (Enumerable.Range(k, hold).All(j => !outside[j])) back = k;
            double left = first < 0 ? double.NaN : spec.Time(first);
            double recovered = back < 0 ? double.NaN : spec.Time(back);
            list.Add(new RecoveryAnalysis(band.Scenario, reference, band.Measure, left, recovered, first < 0 ? 0 : recovered - left, area));
        }
        return list;
    }

    private static double Zero(double halfWidth) => double.IsNaN(halfWidth) ? 0 : halfWidth;
}
