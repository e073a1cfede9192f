using System.Globalization;
using SpareSim.Analytics.IpLicensing;
using SpareSim.Models.Network.File;
using Xunit.Abstractions;

namespace SpareSim.Models.Tests.Network;

/// <summary>
/// The reorder-point controller on the network engine: (s, Q) with Poisson demand and a
/// deterministic lead time against the exact Hadley–Whitin values (the inventory position is
/// uniform on s+1 … s+Q, net stock = position − Poisson(λL)): on hand, backorders, fill rate,
/// orders per time unit λ/Q, and stockout occasions per order = 1 − P(D ≤ s).
/// </summary>
public class ReorderPointPoissonTests(ITestOutputHelper output)
{
    private static string Model(double rate, double leadTime, int s, int q) => string.Create(CultureInfo.InvariantCulture, $$"""
        {
          "parts": [ { "name": "spare", "versions": [ { "name": "unit", "price": 10 } ] } ],
          "sites": [ { "name": "buyer" } ],
          "sources": [ { "name": "oem", "kind": "supplier", "leadTime": { "family": "deterministic", "mean": {{leadTime}} } } ],
          "installedBases": [ { "name": "demand", "site": "buyer", "part": "spare", "systems": 1000000, "failureMode": "poisson",
                                "lifetime": { "unit": { "family": "exponential", "mean": {{1_000_000 / rate}} } } } ],
          "stockPoints": [ { "site": "buyer", "part": "spare", "stock": { "unit": {{s + q}} }, "holdingRate": 0.2,
                             "controller": { "kind": "reorder-point", "source": "oem", "reorderPoint": {{s}}, "quantity": {{q}} } } ]
        }
        """);

    [Theory]
    [InlineData(6.0, 0.33, 2, 8)]
    [InlineData(24.0, 0.033, 1, 20)]
    [InlineData(4.0, 0.5, 0, 1)]
    public void SimulatedReorderPointMatchesHadleyWhitin(double rate, double leadTime, int s, int q)
    {
        var exact = new PoissonReorderPoint(rate, leadTime, s, q);
        var runs = NetworkRuns.Run(Model(rate, leadTime, s, q), seed: 17, count: 10, warmUp: 20, observedTime: 4_000);
        output.WriteLine($"(s, Q) = ({s}, {q}), λ = {rate}, L = {leadTime}:");
        output.WriteLine(runs.AssertContains("on_hand_buyer_spare", exact.OnHand));
        output.WriteLine(runs.AssertContains("backorders_buyer_spare", exact.Backorders));
        output.WriteLine(runs.AssertContains("fill_rate_buyer_spare", exact.FillRate));
        output.WriteLine(runs.AssertContains("pipeline_buyer_spare", exact.LeadTimeDemand));
        output.WriteLine(runs.AssertContains("replenishment_rate_buyer_spare", exact.OrderRate));
        output.WriteLine(runs.AssertContains("order_rate_buyer_spare", rate));
        output.WriteLine(runs.AssertContains("stockout_rate_buyer_spare", exact.OrderRate * (1 - exact.CycleServiceLevel)));
    }

    [Theory]
    [InlineData("\"quantity\": 0", "quantity")]
    [InlineData("\"quantity\": 2.5", "quantity")]
    [InlineData("\"reorderPoint\": \"low\"", "reorderPoint")]
    public void BadSettingsAreNamed(string setting, string key)
    {
        string json = Model(6, 0.33, 2, 8).Replace(key == "quantity" ? "\"quantity\": 8" : "\"reorderPoint\": 2", setting, StringComparison.Ordinal);
        var e = Assert.Throws<NetworkModelException>(() => NetworkRuns.Build(json));
        Assert.Contains($"controller.{key}", e.Message, StringComparison.Ordinal);
    }
}
