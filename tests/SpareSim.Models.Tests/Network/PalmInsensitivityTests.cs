using System.Globalization;
using Xunit.Abstractions;

namespace SpareSim.Models.Tests.Network;

/// <summary>
/// A site that resupplies only locally (the multi-echelon model's ρ = 1 region): each failure goes
/// to local repair with a lognormal time (cv 1.5) with probability 0.6, else to an unlimited printer
/// pool with a deterministic print time. Poisson failures thinned into two M/G/∞ channels give a
/// Poisson pipeline of mean λ(0.6·E[repair] + 0.4·E[print]) whatever the laws (Palm), so backorders,
/// fill rate and the pipeline variance are exact, and they depend on the means only.
/// </summary>
public class PalmInsensitivityTests(ITestOutputHelper output)
{
    [Fact]
    public void LocalOnlySiteIsPalmExactForAnyRepairAndPrintLaws()
    {
        const double lambda = 12, repairMean = 0.5, printTime = 0.25, repairShare = 0.6;
        const int stock = 6;
        string json = string.Create(CultureInfo.InvariantCulture, $$"""
        {
          "parts": [ { "name": "pump", "versions": [ { "name": "cp" }, { "name": "am" } ] } ],
          "sites": [ { "name": "region" } ],
          "sources": [
            { "name": "repair", "kind": "repair", "site": "region", "repairTime": { "family": "lognormal", "mean": {{repairMean}}, "cv": 1.5 } },
            { "name": "printer", "kind": "printer", "site": "region", "printers": 0, "printTime": { "family": "deterministic", "mean": {{printTime}} } }
          ],
          "installedBases": [
            { "name": "fleet", "site": "region", "part": "pump", "systems": 1000, "failureMode": "poisson",
              "lifetime": { "cp": { "family": "exponential", "mean": {{1000 / lambda}} }, "am": { "family": "exponential", "mean": {{1000 / lambda}} } } }
          ],
          "stockPoints": [
            { "site": "region", "part": "pump", "stock": { "cp": {{stock}} },
              "controller": { "kind": "routing", "routes": [
                { "source": "repair", "version": "cp", "probability": {{repairShare}} }, { "source": "printer", "version": "am", "probability": {{1 - repairShare}} } ] } }
          ]
        }
        """);
        double mu = lambda * (repairShare * repairMean + (1 - repairShare) * printTime);
        var runs = NetworkRuns.Run(json, seed: 5, count: 10, warmUp: 20, observedTime: 2000);
        output.WriteLine($"Poisson pipeline mean {mu}, stock {stock}:");
        output.WriteLine(runs.AssertContains("backorders_region_pump", NetworkRuns.ExpectedBackorders(stock, mu)));
        output.WriteLine(runs.AssertContains("fill_rate_region_pump", NetworkRuns.PoissonProbabilities(mu, stock - 1).Sum()));
        output.WriteLine(runs.AssertContains("pipeline_region_pump", mu));
        output.WriteLine(runs.AssertContains("pipeline_variance_region_pump", mu));
    }
}
