using SpareSim.Core.Random;
using SpareSim.Models.Controllers;
using SpareSim.Models.Sourcing;

namespace SpareSim.Models.Tests.Sourcing;

/// <summary>Independent replications of a sourcing system and the standard error of their mean.</summary>
internal sealed class Replications
{
    private readonly SourcingMeasures[] _runs;

    private Replications(SourcingMeasures[] runs) => _runs = runs;

    public static Replications Run(SourcingSystemConfiguration configuration, ISourcingController controller, ulong seed, int count,
        double warmup, double observedTime)
    {
        var runs = new SourcingMeasures[count];
        for (int r = 0; r < count; r++)
            runs[r] = SourcingSimulation.Run(configuration, controller, new RandomStreams(seed, r), warmup, observedTime);
        return new Replications(runs);
    }

    public (double Mean, double StandardError) Of(Func<SourcingMeasures, double> measure)
    {
        var x = _runs.Select(measure).ToArray();
        double mean = x.Average();
        double variance = x.Sum(v => (v - mean) * (v - mean)) / (x.Length - 1);
        return (mean, Math.Sqrt(variance / x.Length));
    }

    /// <summary>
    /// Asserts that the replication mean is within <paramref name="standardErrors"/> standard errors
    /// of <paramref name="expected"/> (plus a tiny absolute slack for measures that are exactly 0).
    /// </summary>
    public void AssertClose(string name, Func<SourcingMeasures, double> measure, double expected, double standardErrors = 5)
    {
        var (mean, se) = Of(measure);
        double tolerance = standardErrors * se + 1e-9;
        Assert.True(Math.Abs(mean - expected) <= tolerance,
            $"{name}: simulated {mean:G6} ± {se:G3} (SE) vs exact {expected:G6}; |diff| {Math.Abs(mean - expected):G3} > {tolerance:G3}");
    }
}
