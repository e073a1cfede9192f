using System.Globalization;
using Xunit.Abstractions;

namespace SpareSim.Models.Tests.Network;

/// <summary>
/// Two echelons, all exponential. A base routes each failure to local repair with probability ρ,
/// else orders from the central site; the central site repairs one for one. The central demand is
/// its own Poisson failures plus the independently thinned base orders, so Poisson with
/// λ0 = λc + (1 − ρ)λb, and its pipeline is M/M/∞ (Palm): backorders EBO(S0 | λ0·E[repair]).
/// FCFS with Poisson arrivals (PASTA) gives every central demand the mean delay EBO/λ0, so the base
/// pipeline mean is λb(ρ·E[local repair] + (1 − ρ)(EBO/λ0 + E[ship])) by Little's law.
/// </summary>
public class RoutingPalmTests(ITestOutputHelper output)
{
    [Fact]
    public void CentralBackordersArePalmWithRoutedChildOrders()
    {
        const double rho = 0.4, lambdaBase = 2, lambdaCentral = 1, centralRepair = 2, localRepair = 1, ship = 0.5;
        const int centralStock = 4, baseStock = 2;
        string json = string.Create(CultureInfo.InvariantCulture, $$"""
        {
          "parts": [ { "name": "pump", "versions": [ { "name": "cm" } ] } ],
          "sites": [ { "name": "central" }, { "name": "base", "parent": "central", "shipTime": { "family": "exponential", "mean": {{ship}} } } ],
          "sources": [
            { "name": "central-repair", "kind": "repair", "site": "central", "repairTime": { "family": "exponential", "mean": {{centralRepair}} } },
            { "name": "base-repair", "kind": "repair", "site": "base", "repairTime": { "family": "exponential", "mean": {{localRepair}} } }
          ],
          "installedBases": [
            { "name": "central-fleet", "site": "central", "part": "pump", "systems": 10, "failureMode": "poisson", "lifetime": { "cm": { "family": "exponential", "mean": {{10 / lambdaCentral}} } } },
            { "name": "base-fleet", "site": "base", "part": "pump", "systems": 10, "failureMode": "poisson", "lifetime": { "cm": { "family": "exponential", "mean": {{10 / lambdaBase}} } } }
          ],
          "stockPoints": [
            { "site": "central", "part": "pump", "stock": { "cm": {{centralStock}} }, "controller": { "kind": "base-stock", "source": "central-repair" } },
            { "site": "base", "part": "pump", "stock": { "cm": {{baseStock}} },
              "controller": { "kind": "routing", "routes": [ { "source": "base-repair", "probability": {{rho}} }, { "source": "parent", "probability": {{1 - rho}} } ] } }
          ]
        }
        """);
        double lambda0 = lambdaCentral + (1 - rho) * lambdaBase;
        double ebo = NetworkRuns.ExpectedBackorders(centralStock, lambda0 * centralRepair);
        var runs = NetworkRuns.Run(json, seed: 55, count: 10, warmUp: 50, observedTime: 20_000);
        output.WriteLine($"routing ρ = {rho}, λ0 = {lambda0}, central pipeline Poisson({lambda0 * centralRepair}), S0 = {centralStock}:");
        output.WriteLine(runs.AssertContains("backorders_central_pump", ebo));
        output.WriteLine(runs.AssertContains("pipeline_central_pump", lambda0 * centralRepair));
        output.WriteLine(runs.AssertContains("waiting_time_central_pump", ebo / lambda0));
        output.WriteLine(runs.AssertContains("fill_rate_central_pump", NetworkRuns.PoissonProbabilities(lambda0 * centralRepair, centralStock - 1).Sum()));
        output.WriteLine(runs.AssertContains("pipeline_base_pump", lambdaBase * (rho * localRepair + (1 - rho) * (ebo / lambda0 + ship))));
        output.WriteLine(runs.AssertContains("order_rate_base_pump", lambdaBase));
    }
}
