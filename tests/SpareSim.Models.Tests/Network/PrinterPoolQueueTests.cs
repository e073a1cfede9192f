using System.Globalization;
using Xunit.Abstractions;

namespace SpareSim.Models.Tests.Network;

/// <summary>
/// Printer pools against queueing theory. A pool of c printers with exponential print times serving
/// Poisson demand on a stock point without stock is an M/M/c queue: the wait for a printer, the
/// queue and the utilisation are Erlang C's, and the stock point's backorders are the number in the
/// system. Unlimited printers make the pipeline M/G/∞ (Palm): Poisson with mean λ·(E[print] + E[post])
/// whatever the laws, so the backorders are the Poisson EBO. Each exact value must lie in the
/// 99.9 % t-interval of independent replications (fixed seeds).
/// </summary>
public class PrinterPoolQueueTests(ITestOutputHelper output)
{
    private const double PrintMean = 1;

    [Theory]
    [InlineData(1, 0.7, 150_000)]
    [InlineData(2, 1.5, 80_000)]
    [InlineData(4, 3.2, 80_000)]
    public void PrinterPoolIsAnErlangCQueue(int printers, double lambda, double observedTime)
    {
        string json = string.Create(CultureInfo.InvariantCulture, $$"""
        {
          "parts": [ { "name": "pump", "versions": [ { "name": "am" } ] } ],
          "sites": [ { "name": "depot" } ],
          "sources": [ { "name": "printer", "kind": "printer", "site": "depot", "printers": {{printers}}, "printTime": { "family": "exponential", "mean": {{PrintMean}} } } ],
          "installedBases": [ { "name": "fleet", "site": "depot", "part": "pump", "systems": 10, "failureMode": "poisson",
                                "lifetime": { "am": { "family": "exponential", "mean": {{10 / lambda:R}} } } } ],
          "stockPoints": [ { "site": "depot", "part": "pump", "stock": { "am": 0 }, "controller": { "kind": "base-stock", "source": "printer" } } ]
        }
        """);
        var (lq, wq) = ErlangC(printers, lambda, 1 / PrintMean);
        var runs = NetworkRuns.Run(json, seed: 2024 + (ulong)printers, count: 10, warmUp: 200, observedTime: observedTime);
        output.WriteLine($"M/M/{printers}, λ = {lambda}, μ = 1:");
        output.WriteLine(runs.AssertContains("print_wait_printer", wq));
        output.WriteLine(runs.AssertContains("printer_queue_printer", lq));
        output.WriteLine(runs.AssertContains("printer_utilisation_printer", lambda * PrintMean / printers));
        output.WriteLine(runs.AssertContains("backorders_depot_pump", lq + lambda * PrintMean));
        // Every demand waits for its print (no stock): the stock point's mean wait is the time in the system, W = Wq + 1/μ.
        output.WriteLine(runs.AssertContains("waiting_time_depot_pump", wq + PrintMean));
        Assert.All(runs.Values("fill_rate_depot_pump"), f => Assert.Equal(0, f));
        output.WriteLine(runs.AssertContains("print_attempt_rate_printer", lambda));
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(0.25)]
    public void UnlimitedPrintersArePalmExactForANonExponentialPrintTime(double failedPrint)
    {
        // λ = 2, lognormal print (mean 1, cv 0.5), a failed print (probability p) printed again, then uniform
        // post-processing (mean 0.5, cv 0.4): E[T] = 1/(1 − p) + 0.5, pipeline ~ Poisson(λ E[T]).
        const double lambda = 2, print = 1, post = 0.5;
        const int stock = 4;
        string json = string.Create(CultureInfo.InvariantCulture, $$"""
        {
          "parts": [ { "name": "pump", "versions": [ { "name": "am" } ] } ],
          "sites": [ { "name": "depot" } ],
          "sources": [ { "name": "printer", "kind": "printer", "site": "depot", "printers": 0, "failedPrintProbability": {{failedPrint}},
                         "printTime": { "family": "lognormal", "mean": {{print}}, "cv": 0.5 },
                         "postProcessingTime": { "family": "uniform", "mean": {{post}}, "cv": 0.4 } } ],
          "installedBases": [ { "name": "fleet", "site": "depot", "part": "pump", "systems": 10, "failureMode": "poisson",
                                "lifetime": { "am": { "family": "exponential", "mean": {{10 / lambda}} } } } ],
          "stockPoints": [ { "site": "depot", "part": "pump", "stock": { "am": {{stock}} }, "controller": { "kind": "base-stock", "source": "printer" } } ]
        }
        """);
        double mean = lambda * (print / (1 - failedPrint) + post);
        var runs = NetworkRuns.Run(json, seed: 77, count: 10, warmUp: 50, observedTime: 20_000);
        output.WriteLine($"M/G/∞, λ = {lambda}, p = {failedPrint}, E[T] = {mean / lambda:G6}, S = {stock}:");
        output.WriteLine(runs.AssertContains("print_attempt_rate_printer", lambda / (1 - failedPrint)));
        output.WriteLine(runs.AssertContains("pipeline_depot_pump", mean));
        output.WriteLine(runs.AssertContains("pipeline_variance_depot_pump", mean));
        output.WriteLine(runs.AssertContains("backorders_depot_pump", NetworkRuns.ExpectedBackorders(stock, mean)));
        output.WriteLine(runs.AssertContains("fill_rate_depot_pump", NetworkRuns.PoissonProbabilities(mean, stock - 1).Sum()));
        output.WriteLine(runs.AssertContains("on_hand_depot_pump", stock - mean + NetworkRuns.ExpectedBackorders(stock, mean)));
        Assert.All(runs.Values("printer_queue_printer"), q => Assert.Equal(0, q));
        Assert.All(runs.Values("print_wait_printer"), w => Assert.Equal(0, w));
    }

    [Fact]
    public void RemotePrinterShipsAndPoissonDownSystemsAreCappedAtTheFleet()
    {
        // Unlimited printers at the central site ship to the remote site (exponential, mean 0.7): T = print + ship,
        // pipeline ~ Poisson(λ E[T]). In Poisson mode at most the 2 systems are down: E[min((N − S)⁺, 2)].
        const double lambda = 2, print = 1, ship = 0.7;
        const int stock = 2, systems = 2;
        string json = string.Create(CultureInfo.InvariantCulture, $$"""
        {
          "parts": [ { "name": "pump", "versions": [ { "name": "am" } ] } ],
          "sites": [ { "name": "central" }, { "name": "remote", "parent": "central", "shipTime": { "family": "deterministic", "mean": 5 } } ],
          "sources": [ { "name": "printer", "kind": "printer", "site": "central", "printers": 0, "printTime": { "family": "exponential", "mean": {{print}} },
                         "shipTime": { "family": "exponential", "mean": {{ship}} } } ],
          "installedBases": [ { "name": "fleet", "site": "remote", "part": "pump", "systems": {{systems}}, "failureMode": "poisson",
                                "lifetime": { "am": { "family": "exponential", "mean": {{systems / lambda}} } } } ],
          "stockPoints": [ { "site": "remote", "part": "pump", "stock": { "am": {{stock}} }, "controller": { "kind": "base-stock", "source": "printer" } } ]
        }
        """);
        double mean = lambda * (print + ship);
        var p = NetworkRuns.PoissonProbabilities(mean, 200);
        double down = Enumerable.Range(0, p.Length).Sum(n => p[n] * Math.Min(Math.Max(0, n - stock), systems));
        var runs = NetworkRuns.Run(json, seed: 12, count: 10, warmUp: 50, observedTime: 20_000);
        output.WriteLine($"printer → remote, λ = {lambda}, E[T] = {print + ship}, S = {stock}, {systems} systems:");
        output.WriteLine(runs.AssertContains("pipeline_remote_pump", mean));
        output.WriteLine(runs.AssertContains("backorders_remote_pump", NetworkRuns.ExpectedBackorders(stock, mean)));
        output.WriteLine(runs.AssertContains("down_systems_remote", down));
        output.WriteLine(runs.AssertContains("availability", 1 - down / systems));
    }

    /// <summary>M/M/c: Lq and Wq from the Erlang C formula.</summary>
    private static (double Lq, double Wq) ErlangC(int c, double lambda, double mu)
    {
        double a = lambda / mu, rho = a / c;
        double term = 1, sum = 0;
        for (int k = 0; k < c; k++)
        {
            sum += term;
            term *= a / (k + 1);
        }
        // term = a^c / c!
        double tail = term / (1 - rho);
        double wait = tail / (sum + tail);
        double lq = wait * rho / (1 - rho);
        return (lq, lq / lambda);
    }
}
