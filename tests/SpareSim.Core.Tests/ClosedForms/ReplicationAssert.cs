namespace SpareSim.Core.Tests.ClosedForms;

/// <summary>
/// Compares the mean of independent replication estimates with a theoretical value: the
/// tolerance is 4.5 standard errors of that mean (two-sided p ~ 0.002 with 9+ degrees of
/// freedom), so a correct model fails with negligible probability and the seeds are fixed anyway.
/// </summary>
internal static class ReplicationAssert
{
    public static void MeanMatches(double expected, IReadOnlyList<double> estimates, string what)
    {
        int n = estimates.Count;
        double mean = estimates.Average();
        double sd = Math.Sqrt(estimates.Sum(x => (x - mean) * (x - mean)) / (n - 1));
        double tolerance = 4.5 * sd / Math.Sqrt(n);
        Assert.True(Math.Abs(mean - expected) <= tolerance,
            $"{what}: simulated {mean:G6} vs exact {expected:G6}, tolerance {tolerance:G3} (4.5 SE over {n} replications)");
    }
}
