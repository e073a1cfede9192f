using System.Globalization;
using Xunit.Abstractions;

namespace SpareSim.Models.Tests.Network;

/// <summary>
/// A convoy (period T, offset 0, deterministic transit τ, never late or cancelled) carrying a child
/// site's orders from a parent with ample stock. An order placed at phase φ of the cycle leaves at
/// the next departure and arrives τ later, so at phase φ the orders outstanding are those placed in
/// the last A(φ) = φ + T·⌈(τ − φ)/T⌉⁺ time units: Poisson(λ A(φ)) by thinning. The pipeline mean
/// is λ(T/2 + τ) and the backorders are (1/T)∫₀ᵀ EBO(S | λ A(φ)) dφ, integrated here piece by piece
/// (A is linear between its jumps at φ = τ − jT) with Simpson's rule.
/// </summary>
public class ConvoyPipelineTests(ITestOutputHelper output)
{
    [Theory]
    [InlineData(4.0, 1.0, 3)]  // τ < T
    [InlineData(4.0, 6.0, 8)]  // τ > T: an order spends more than a cycle at sea
    public void ChildPipelineAndBackordersFollowTheConvoyCycle(double period, double transit, int stock)
    {
        const double lambda = 1;
        string json = string.Create(CultureInfo.InvariantCulture, $$"""
        {
          "parts": [ { "name": "pump", "versions": [ { "name": "cm" } ] } ],
          "convoys": [ { "name": "boat", "period": {{period}}, "offset": 0, "transitTime": { "family": "deterministic", "mean": {{transit}} } } ],
          "sites": [ { "name": "central" }, { "name": "remote", "parent": "central", "convoy": "boat" } ],
          "sources": [ { "name": "supplier", "kind": "supplier", "leadTime": { "family": "exponential", "mean": 1 } } ],
          "installedBases": [ { "name": "fleet", "site": "remote", "part": "pump", "systems": 10, "failureMode": "poisson",
                                "lifetime": { "cm": { "family": "exponential", "mean": {{10 / lambda}} } } } ],
          "stockPoints": [
            { "site": "central", "part": "pump", "stock": { "cm": 1000 }, "controller": { "kind": "base-stock", "source": "supplier" } },
            { "site": "remote", "part": "pump", "stock": { "cm": {{stock}} }, "controller": { "kind": "base-stock", "source": "parent" } }
          ]
        }
        """);
        var runs = NetworkRuns.Run(json, seed: 31, count: 10, warmUp: 50, observedTime: 20_000);
        output.WriteLine($"convoy T = {period}, τ = {transit}, λ = {lambda}, S = {stock}:");
        output.WriteLine(runs.AssertContains("pipeline_remote_pump", lambda * (period / 2 + transit)));
        output.WriteLine(runs.AssertContains("backorders_remote_pump", CycleAverageBackorders(lambda, period, transit, stock)));
        // The parent holds 1000 against a Poisson(1) pipeline: it never runs out.
        Assert.All(runs.Values("fill_rate_central_pump"), f => Assert.Equal(1, f));
        Assert.All(runs.Values("backorders_central_pump"), b => Assert.Equal(0, b));
        output.WriteLine(runs.AssertContains("pipeline_central_pump", lambda * 1));
    }

    [Fact]
    public void SupplierDeliveriesWaitForTheNextConvoyThatLeaves()
    {
        // A supplier (exponential lead time L) delivering to a convoy site: the unit lands at a uniform phase
        // (Poisson orders), waits T/2 on average for a departure, T·q/(1 − q) more for the cancelled ones
        // (each departure cancelled with probability q independently), then sails τ. Little: the pipeline
        // mean is λ(E[L] + T/2 + Tq/(1 − q) + τ); departures cost c·(1 − q)/T per time unit.
        const double lambda = 1.5, lead = 2, period = 3, offset = 1.25, transit = 2.5, q = 0.2, costPerDeparture = 7;
        string json = string.Create(CultureInfo.InvariantCulture, $$"""
        {
          "parts": [ { "name": "pump", "versions": [ { "name": "cm" } ] } ],
          "convoys": [ { "name": "boat", "period": {{period}}, "offset": {{offset}}, "cancellationProbability": {{q}}, "costPerDeparture": {{costPerDeparture}},
                         "transitTime": { "family": "deterministic", "mean": {{transit}} } } ],
          "sites": [ { "name": "central" }, { "name": "remote", "parent": "central", "convoy": "boat" } ],
          "sources": [ { "name": "supplier", "kind": "supplier", "leadTime": { "family": "exponential", "mean": {{lead}} } } ],
          "installedBases": [ { "name": "fleet", "site": "remote", "part": "pump", "systems": 10, "failureMode": "poisson",
                                "lifetime": { "cm": { "family": "exponential", "mean": {{10 / lambda:R}} } } } ],
          "stockPoints": [ { "site": "remote", "part": "pump", "stock": { "cm": 6 }, "controller": { "kind": "base-stock", "source": "supplier" } } ]
        }
        """);
        var runs = NetworkRuns.Run(json, seed: 8, count: 10, warmUp: 60, observedTime: 20_000);
        output.WriteLine($"supplier → convoy T = {period}, offset {offset}, q = {q}, τ = {transit}, E[L] = {lead}, λ = {lambda}:");
        output.WriteLine(runs.AssertContains("pipeline_remote_pump", lambda * (lead + period / 2 + period * q / (1 - q) + transit)));
        output.WriteLine(runs.AssertContains("cost_transport", costPerDeparture * (1 - q) / period));
        output.WriteLine(runs.AssertContains("order_rate_remote_pump", lambda));
    }

    [Fact]
    public void OutstandingAgeAveragesToHalfAPeriodPlusTransit()
    {
        // The closed form the integral reduces to for the mean: (1/T)∫ A = T/2 + τ.
        foreach (var (t, tau) in new[] { (4.0, 1.0), (4.0, 6.0), (3.0, 9.0) })
            Assert.Equal(t / 2 + tau, Integrate(phi => OutstandingAge(phi, t, tau), t, tau) / t, 9);
    }

    /// <summary>A(φ): the age window of the orders outstanding at phase φ ∈ [0, T).</summary>
    private static double OutstandingAge(double phi, double period, double transit) =>
        phi + period * Math.Max(0, Math.Ceiling((transit - phi) / period));

    private static double CycleAverageBackorders(double lambda, double period, double transit, int stock) =>
        Integrate(phi => NetworkRuns.ExpectedBackorders(stock, lambda * OutstandingAge(phi, period, transit)), period, transit) / period;

    /// <summary>∫₀ᵀ f, split where A jumps (φ = τ − jT), Simpson's rule on each smooth piece.</summary>
    private static double Integrate(Func<double, double> f, double period, double transit)
    {
        var cuts = new List<double> { 0, period };
        for (int j = 0; transit - j * period > 0; j++)
            if (transit - j * period < period) cuts.Add(transit - j * period);
        cuts.Sort();
        double total = 0;
        const int n = 2000;
        for (int i = 0; i + 1 < cuts.Count; i++)
        {
            double a = cuts[i], b = cuts[i + 1], h = (b - a) / n;
            if (h <= 0) continue;
            // Evaluate just inside the piece so the jump is taken from the right side.
            double Inside(double x) => f(Math.Clamp(x, a + 1e-12, b - 1e-12));
            double sum = Inside(a) + Inside(b);
            for (int k = 1; k < n; k++) sum += (k % 2 == 1 ? 4 : 2) * Inside(a + k * h);
            total += sum * h / 3;
        }
        return total;
    }
}
