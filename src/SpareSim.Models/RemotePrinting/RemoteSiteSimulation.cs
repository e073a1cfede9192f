using SpareSim.Core.Kernel;
using SpareSim.Core.Random;

namespace SpareSim.Models.RemotePrinting;

/// <summary>Runs one replication of a <see cref="RemoteSite"/>: a warm-up, then the observed days.</summary>
public static class RemoteSiteSimulation
{
    /// <summary>
    /// Simulates <paramref name="configuration"/> under <paramref name="controller"/> for
    /// <paramref name="warmUpDays"/> days whose statistics are discarded, then
    /// <paramref name="observedDays"/> days whose measures are returned. The site starts just
    /// after a convoy, so with the chapter's model every cycle is a renewal and no warm-up is needed.
    /// </summary>
    public static RemoteSiteMeasures Run(RemoteSiteConfiguration configuration, IRemoteSiteController controller, RandomStreams streams,
        int warmUpDays, int observedDays)
    {
        if (warmUpDays < 0) throw new ArgumentOutOfRangeException(nameof(warmUpDays), warmUpDays, "must be non-negative");
        if (observedDays < 1) throw new ArgumentOutOfRangeException(nameof(observedDays), observedDays, "must be at least 1");
        var simulation = new Simulation();
        var site = new RemoteSite(simulation, configuration, controller, streams);
        site.Start();
        // Day k ends at time k; running to k + 0.25 includes that day end and nothing of day k + 1 but its failures' start.
        simulation.Run(warmUpDays + 0.25);
        site.ResetStatistics();
        simulation.Run(warmUpDays + observedDays + 0.25);
        return site.Measures();
    }
}
