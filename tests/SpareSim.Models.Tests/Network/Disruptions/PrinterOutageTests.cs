using System.Globalization;
using Xunit.Abstractions;

namespace SpareSim.Models.Tests.Network.Disruptions;

/// <summary>
/// A printer pool that breaks down and is repaired: up times Exp(MTBF), down times Exp(MTTR), an
/// alternating renewal process. Its long-run availability is MTBF / (MTBF + MTTR). With unlimited
/// printers, Poisson orders (rate λ) and exponential print times (mean μ), a print starts only
/// while the pool is up: an order that comes while it is down (probability MTTR / (MTBF + MTTR),
/// PASTA) waits for the rest of the repair, MTTR on average (memoryless), so Little gives the
/// printer pipeline λ (μ + MTTR² / (MTBF + MTTR)).
/// </summary>
public class PrinterOutageTests(ITestOutputHelper output)
{
    [Fact]
    public void ExponentialUpAndDownTimesGiveAvailabilityMtbfOverMtbfPlusMttr()
    {
        const double mtbf = 40, mttr = 10, lambda = 0.5, print = 2;
        string json = DisruptionModels.PrinterFleet(5, 5 / lambda, print, string.Create(CultureInfo.InvariantCulture, $$"""
            { "name": "breakdowns", "kind": "outage", "element": "sources:printer",
              "upTime": { "family": "exponential", "mean": {{mtbf}} }, "downTime": { "family": "exponential", "mean": {{mttr}} } }
            """));
        var runs = NetworkRuns.Run(json, seed: 14, count: 10, warmUp: 200, observedTime: 40_000);
        var fraction = runs.Values("disrupted_fraction_breakdowns");
        double mean = fraction.Average(), sd = Math.Sqrt(fraction.Sum(x => (x - mean) * (x - mean)) / (fraction.Length - 1));
        double t = MathNet.Numerics.Distributions.StudentT.InvCDF(0, 1, fraction.Length - 1, 1 - (1 - NetworkRuns.Confidence) / 2);
        double availability = 1 - mean, half = t * sd / Math.Sqrt(fraction.Length), exact = mtbf / (mtbf + mttr);
        output.WriteLine($"printer availability: exact {exact:G6}, simulated {availability:G6} ± {half:G3} ({NetworkRuns.Confidence:P1} t-CI, {runs.Count} × {runs.ObservedTime})");
        Assert.InRange(exact, availability - half, availability + half);
        output.WriteLine(runs.AssertContains("pipeline_base_pump", lambda * (print + mttr * mttr / (mtbf + mttr))));
    }
}
