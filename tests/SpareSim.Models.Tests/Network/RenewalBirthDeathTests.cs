using System.Globalization;
using Xunit.Abstractions;

namespace SpareSim.Models.Tests.Network;

/// <summary>
/// A renewal installed base of k single-unit systems (exponential lifetimes, rate λ per working
/// unit), one-for-one base stock S from a supplier with exponential lead times (rate μ, orders in
/// parallel): the number of outstanding orders n is a finite-source birth–death chain with birth
/// rate λ(k − (n − S)⁺) and death rate nμ, n = 0 … S + k. Its stationary law gives the backorders
/// E[(n − S)⁺], the availability 1 − E[(n − S)⁺]/k, the pipeline E[n] and the failure rate.
/// </summary>
public class RenewalBirthDeathTests(ITestOutputHelper output)
{
    [Theory]
    [InlineData(5, 0.2, 2.0, 2)]
    [InlineData(3, 0.5, 1.0, 1)]
    public void RenewalBaseStockIsTheFiniteSourceChain(int systems, double failureRate, double leadTime, int stock)
    {
        string json = string.Create(CultureInfo.InvariantCulture, $$"""
        {
          "parts": [ { "name": "pump", "versions": [ { "name": "cm" } ] } ],
          "sites": [ { "name": "depot" } ],
          "sources": [ { "name": "supplier", "kind": "supplier", "leadTime": { "family": "exponential", "mean": {{leadTime}} } } ],
          "installedBases": [ { "name": "fleet", "site": "depot", "part": "pump", "systems": {{systems}}, "failureMode": "renewal",
                                "lifetime": { "cm": { "family": "exponential", "mean": {{1 / failureRate:R}} } } } ],
          "stockPoints": [ { "site": "depot", "part": "pump", "stock": { "cm": {{stock}} }, "controller": { "kind": "base-stock", "source": "supplier" } } ]
        }
        """);
        // Stationary law of the birth–death chain by detailed balance.
        int top = stock + systems;
        var p = new double[top + 1];
        p[0] = 1;
        for (int n = 0; n < top; n++) p[n + 1] = p[n] * failureRate * (systems - Math.Max(0, n - stock)) / ((n + 1) / leadTime);
        double z = p.Sum();
        for (int n = 0; n <= top; n++) p[n] /= z;
        double backorders = Enumerable.Range(0, top + 1).Sum(n => p[n] * Math.Max(0, n - stock));
        double pipeline = Enumerable.Range(0, top + 1).Sum(n => p[n] * n);

        var runs = NetworkRuns.Run(json, seed: 404 + (ulong)systems, count: 10, warmUp: 50, observedTime: 20_000);
        output.WriteLine($"renewal k = {systems}, λ = {failureRate}, lead time {leadTime}, S = {stock}:");
        output.WriteLine(runs.AssertContains("backorders_depot_pump", backorders));
        output.WriteLine(runs.AssertContains("availability", 1 - backorders / systems));
        output.WriteLine(runs.AssertContains("availability_depot", 1 - backorders / systems));
        output.WriteLine(runs.AssertContains("pipeline_depot_pump", pipeline));
        output.WriteLine(runs.AssertContains("failure_rate", failureRate * (systems - backorders)));
    }
}
