using System.Globalization;
using Xunit.Abstractions;

namespace SpareSim.Models.Tests.Network.Disruptions;

/// <summary>
/// A demand surge ×2 on a Poisson fleet (rate λ) for a window [s, s + w): the failures counted in
/// the window are Poisson(2λw), twice the λw of the same replications without the surge; the
/// surge draws from its own stream, so the fleet's own failures are the same numbers in both
/// (common random numbers) and the extra ones are a separate Poisson stream of rate λ.
/// </summary>
public class DemandSurgeTests(ITestOutputHelper output)
{
    private const double Lambda = 1.5, Start = 100, Width = 40;

    [Fact]
    public void ASurgeOfTwoDoublesTheFailuresCountedInItsWindow()
    {
        string Model(bool enabled) => DisruptionModels.SupplierFleet(30, 30 / Lambda, lead: 3, stock: 10, string.Create(CultureInfo.InvariantCulture, $$"""
            { "name": "heatwave", "kind": "demand-surge", "element": "installedBases:fleet", "factor": 2, "enabled": {{(enabled ? "true" : "false")}},
              "windows": [ { "start": {{Start}}, "duration": {{Width}} } ] }
            """));
        // Observe exactly the window: warm-up = its start, observation = its length.
        var surge = NetworkRuns.Run(Model(true), seed: 21, count: 200, warmUp: Start, observedTime: Width);
        var calm = NetworkRuns.Run(Model(false), seed: 21, count: 200, warmUp: Start, observedTime: Width);
        output.WriteLine(surge.AssertContains("failure_rate", 2 * Lambda));
        output.WriteLine(calm.AssertContains("failure_rate", Lambda));
        output.WriteLine(surge.AssertContains("disrupted_fraction_heatwave", 1));
        // Paired: the surge adds failures and never removes one of the fleet's own.
        var with = surge.Values("failure_rate");
        var without = calm.Values("failure_rate");
        Assert.All(Enumerable.Range(0, with.Length), r => Assert.True(with[r] >= without[r]));
    }

    [Fact]
    public void ADisruptionOfTheSupplyLeavesTheFailureStreamsAsTheyAre()
    {
        // Common random numbers: a supplier outage changes deliveries, not one failure time.
        string Model(string windows) => DisruptionModels.SupplierFleet(10, 10, lead: 2, stock: 3,
            $$"""{ "name": "strike", "kind": "outage", "element": "sources:supplier", "windows": [ {{windows}} ] }""");
        var calm = NetworkRuns.Run(Model("""{ "start": 5000, "duration": 1 }"""), seed: 3, count: 4, warmUp: 0, observedTime: 400);
        var struck = NetworkRuns.Run(Model("""{ "start": 100, "duration": 150 }"""), seed: 3, count: 4, warmUp: 0, observedTime: 400);
        Assert.Equal(calm.Values("failure_rate"), struck.Values("failure_rate"));
        Assert.All(Enumerable.Range(0, 4), r => Assert.True(struck.Values("backorders_base_pump")[r] > calm.Values("backorders_base_pump")[r]));
    }
}
