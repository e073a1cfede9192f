using SpareSim.Core.Random;
using SpareSim.Models.RemotePrinting;

namespace SpareSim.Models.Tests.RemotePrinting;

/// <summary>Independent replications of a remote site and the mean ± standard error of a measure.</summary>
internal static class RemoteSiteReplications
{
    /// <summary>The Table 3.1 site (c_p 50, c_r 100, p_p 0.2, p_r 0.01, N 3, L 14, h 1, b 30).</summary>
    public static RemoteSiteConfiguration Table31(double expediteCost = double.PositiveInfinity) => new()
    {
        InstalledBase = 3, CycleLength = 14, RegularCost = 100, PrintCost = 50, ExpediteCost = expediteCost,
        RegularFailureProbability = 0.01, PrintedFailureProbability = 0.2, HoldingCost = 1, BackorderCost = 30,
    };

    public static RemoteSiteMeasures[] Run(RemoteSiteConfiguration configuration, IRemoteSiteController controller, int replications, int days, ulong seed = 31)
    {
        var runs = new RemoteSiteMeasures[replications];
        for (int r = 0; r < replications; r++)
            runs[r] = RemoteSiteSimulation.Run(configuration, controller, new RandomStreams(seed, r), 0, days);
        return runs;
    }

    public static (double Mean, double StandardError) MeanAndError(IEnumerable<double> values)
    {
        var v = values.ToArray();
        double mean = v.Average();
        double variance = v.Sum(x => (x - mean) * (x - mean)) / (v.Length - 1);
        return (mean, Math.Sqrt(variance / v.Length));
    }

    public static void AssertWithin(double expected, IEnumerable<double> sample, double standardErrors, string what)
    {
        var (mean, se) = MeanAndError(sample);
        Assert.True(Math.Abs(mean - expected) <= standardErrors * se,
            $"{what}: simulated {mean} ± {se} (SE), analytic {expected}, {Math.Abs(mean - expected) / se:F2} SE apart");
    }
}
