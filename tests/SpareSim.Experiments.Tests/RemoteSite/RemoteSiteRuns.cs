using SpareSim.Analytics.RemotePrinting;
using SpareSim.Core.Random;
using SpareSim.Experiments.Models.RemoteSite;
using SpareSim.Models.Network.Controllers;
using SpareSim.Models.Network.Engine;
using SpareSim.Models.Network.File;

namespace SpareSim.Experiments.Tests.RemoteSite;

/// <summary>Independent replications of the remote site on the network engine, and CI-based checks against exact values.</summary>
internal static class RemoteSiteRuns
{
    /// <summary>The Table 3.1 site (N 3, L 14, c_r 100, c_p 50, p_r 0.01, p_p 0.2, h 1, b 30, α 0.9995).</summary>
    public static RemoteSiteInstance Table31(double expediteCost = double.PositiveInfinity) => new(3, 14, 100, 50, 0.01, 0.2, 1, 30, 0.9995, expediteCost);

    /// <summary>Measures by name, one dictionary per replication.</summary>
    public static Dictionary<string, double>[] Run(RemoteSiteInstance x, RemoteSitePolicyRule rule, int replications, int days,
        RemoteSiteExtensions? extensions = null, ulong seed = 31)
    {
        var blueprint = new NetworkBlueprint(NetworkModelFile.Parse(RemoteSiteNetwork.Build(x, rule, extensions).ToJsonString(), "remote-site", "."),
            ControllerRegistry.WithBuiltIns());
        var runs = new Dictionary<string, double>[replications];
        Parallel.For(0, replications, r =>
        {
            var m = SupplyNetwork.Run(blueprint, new RandomStreams(seed, r), 0, days).Measures;
            runs[r] = blueprint.Measures.Select((name, i) => (name, i)).ToDictionary(t => t.name, t => m[t.i]);
        });
        return runs;
    }

    /// <summary>Asserts the replication mean of <paramref name="measure"/> is within <paramref name="standardErrors"/> SE of <paramref name="expected"/>.</summary>
    public static void AssertWithin(double expected, Dictionary<string, double>[] runs, string measure, double standardErrors, double scale = 1)
    {
        var (mean, se) = Replicates.MeanAndError(runs.Select(r => r[measure] * scale));
        Assert.True(Math.Abs(mean - expected) <= standardErrors * se,
            $"{measure}: simulated {mean} ± {se} (SE), exact {expected}, {Math.Abs(mean - expected) / se:F2} SE apart");
    }
}
