using SpareSim.Core.Random;
using SpareSim.Models.RemotePrinting;

namespace SpareSim.Experiments.Studies.RemotePrinting;

/// <summary>Independent replications of a remote site, in parallel, each on its own random streams (seed, replication).</summary>
public static class RemoteReplications
{
    /// <summary>Runs <paramref name="replications"/> replications of <paramref name="days"/> days; the same seed gives the same streams to every policy (common random numbers).</summary>
    public static RemoteSiteMeasures[] Run(RemoteSiteConfiguration configuration, IRemoteSiteController controller, ulong masterSeed,
        int replications, int warmUpDays, int days, int degreeOfParallelism)
    {
        var runs = new RemoteSiteMeasures[replications];
        Parallel.For(0, replications, new ParallelOptions { MaxDegreeOfParallelism = degreeOfParallelism }, r =>
            runs[r] = RemoteSiteSimulation.Run(configuration, controller, new RandomStreams(masterSeed, r), warmUpDays, days));
        return runs;
    }
}
