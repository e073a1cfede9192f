using SpareSim.Core.Distributions;
using SpareSim.Core.Kernel;
using SpareSim.Core.Random;

namespace SpareSim.Models.MultiEchelon;

/// <summary>
/// Simulates an <see cref="EchelonNetworkConfiguration"/>: each site's failures are a Poisson
/// process (a kernel process per site), depots react as described on <see cref="CentralDepot"/> and
/// <see cref="RegionalDepot"/>. All sites start with their base stock on hand and empty pipelines;
/// the warm-up is discarded.
/// </summary>
public static class EchelonSimulation
{
    /// <summary>One replication: <paramref name="warmUp"/> discarded, then <paramref name="observedTime"/> observed.</summary>
    public static EchelonMeasures Run(EchelonNetworkConfiguration configuration, RandomStreams streams, double warmUp, double observedTime)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(streams);
        if (!(warmUp >= 0) || !double.IsFinite(warmUp)) throw new ArgumentOutOfRangeException(nameof(warmUp), warmUp, "the warm-up must be finite and >= 0");
        if (!(observedTime > 0) || !double.IsFinite(observedTime)) throw new ArgumentOutOfRangeException(nameof(observedTime), observedTime, "the observation period must be finite and > 0");

        var simulation = new Simulation();
        var network = new EchelonNetworkState(simulation, configuration.Central.Stock);
        var central = new CentralDepot(simulation, streams, configuration.Central, configuration.Mode, network);
        var regions = configuration.Regions.Select((r, j) => new RegionalDepot(simulation, streams, r, j, central, network)).ToArray();
        central.Connect(regions);

        if (configuration.Central.DemandRate > 0)
            simulation.Process(Failures(simulation, streams, configuration.Central.Name, configuration.Central.DemandRate, central.OnFailure), $"failures/{configuration.Central.Name}");
        foreach (var (region, config) in regions.Zip(configuration.Regions))
            if (config.DemandRate > 0)
                simulation.Process(Failures(simulation, streams, config.Name, config.DemandRate, region.OnFailure), $"failures/{config.Name}");

        simulation.Run(warmUp);
        central.ResetStatistics(warmUp);
        foreach (var r in regions) r.ResetStatistics(warmUp);
        network.Reset(warmUp);
        double end = warmUp + observedTime;
        simulation.Run(end);

        var sites = new List<SiteMeasures> { Measures(central.Customers, central.Pipeline, end) };
        sites.AddRange(regions.Select(r => Measures(r.Customers, r.Pipeline, end)));
        return new EchelonMeasures(sites, central.Outstanding.TimeAverage(end), sites.Sum(s => s.Backorders),
            network.SystemPipeline.TimeAverage(end), network.PaperProxy.TimeAverage(end), observedTime, simulation.ProcessedEvents);
    }

    private static IEnumerable<Event> Failures(Simulation simulation, RandomStreams streams, string site, double rate, Action onFailure)
    {
        var stream = streams.Get($"failures/{site}");
        var between = Exponential.FromMean(1 / rate);
        while (true)
        {
            yield return simulation.Timeout(between.Sample(stream));
            onFailure();
        }
    }

    private static SiteMeasures Measures(SiteStatistics customers, Core.Statistics.TimeWeightedStatistic pipeline, double end)
    {
        long n = customers.Demands;
        return new SiteMeasures(customers.Name, customers.Backorders.TimeAverage(end), n > 0 ? (double)customers.FilledFromShelf / n : double.NaN,
            n > 0 ? customers.TotalWait / n : double.NaN, pipeline.TimeAverage(end), pipeline.TimeVariance(end), n);
    }
}
