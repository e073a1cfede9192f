using SpareSim.Core.Statistics;

namespace SpareSim.Experiments.Tests;

/// <summary>The mean of independent replications and its standard error, for CI-based checks.</summary>
internal static class Replicates
{
    public static (double Mean, double StandardError) MeanAndError(IEnumerable<double> values)
    {
        var tally = new Tally();
        foreach (double v in values) tally.Add(v);
        return (tally.Mean, tally.StandardDeviation / Math.Sqrt(tally.Count));
    }
}
