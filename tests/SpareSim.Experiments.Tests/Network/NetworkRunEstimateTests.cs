using SpareSim.Core.Random;
using SpareSim.Experiments.Models.SupplyNetwork;
using SpareSim.Experiments.Simulation;
using SpareSim.Models.Network.Controllers;
using SpareSim.Models.Network.Engine;

namespace SpareSim.Experiments.Tests.Network;

/// <summary>
/// The run budget's estimate of a supply network's events against the events the engine
/// actually processes, on committed model files of every kind (one-site renewal failures with a
/// convoy and a printer, a multi-echelon Poisson network, the remote site's per-period failures,
/// convoy and reviews, the disruption stress networks). An estimate only sizes the run (its time
/// line and the 10^12-event guard), so it need not be exact: within a factor of three.
/// </summary>
public class NetworkRunEstimateTests
{
    [Theory]
    [InlineData("models/example-network.json", 3650)]
    [InlineData("models/stress-multi-echelon.json", 2000)]
    [InlineData("models/stress-remote-site.json", 3650)]
    [InlineData("models/stress-dual-sourcing.json", 20000)]
    [InlineData("results/remote-printing-table31/remote-site.network.json", 3650)]
    public void The_estimated_events_are_within_a_factor_of_three_of_the_simulated_ones(string file, double horizon)
    {
        var model = new SupplyNetworkModel(RepositoryFiles.Path(file), NetworkControllers.Registry());
        var scenario = new Scenario(0, "base", new Dictionary<string, string>());
        var estimate = model.Estimate(scenario)!;
        var (_, events) = SupplyNetwork.Run(model.Blueprint(scenario), new RandomStreams(11, 0), 0, horizon);
        double ratio = estimate.EventsPerTimeUnit * horizon / events;
        Assert.True(ratio > 1 / 3.0 && ratio < 3, $"{file}: estimated {estimate.EventsPerTimeUnit * horizon:G3} events, simulated {events} (ratio {ratio:G3})");
    }
}
