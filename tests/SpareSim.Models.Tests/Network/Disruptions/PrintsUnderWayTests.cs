using System.Globalization;
using Xunit.Abstractions;
using SpareSim.Models.Network.File;

namespace SpareSim.Models.Tests.Network.Disruptions;

/// <summary>
/// What a printer outage does to the prints under way (<c>inProgress</c>), against closed forms.
/// Unlimited printers, Poisson orders (rate λ), a deterministic print time d, up times
/// Exp(MTBF) and down times Exp(MTTR). An order that comes while the pool is down (probability
/// p = MTTR / (MTBF + MTTR), PASTA) first waits the rest of the repair, MTTR on average. Then:
/// finish: d. Resume: d of up time, during which Poisson(d / MTBF) outages of mean MTTR come, so
/// d (1 + MTTR / MTBF). Restart: d of uninterrupted up time; each try fails with probability
/// 1 − e^(−d/MTBF), so (e^(d/MTBF) − 1)(MTBF + MTTR) on average, with e^(d/MTBF) tries (print
/// attempts) per order. Little gives the pipeline λ × the mean time per order.
/// </summary>
public class PrintsUnderWayTests(ITestOutputHelper output)
{
    private const double Mtbf = 20, Mttr = 5, Lambda = 0.5, Print = 4;

    private static string Model(string? inProgress) =>
        DisruptionModels.PrinterFleet(5, 5 / Lambda, Print, string.Create(CultureInfo.InvariantCulture, $$"""
            { "name": "breakdowns", "kind": "outage", "element": "sources:printer", {{(inProgress is null ? "" : $"\"inProgress\": \"{inProgress}\",")}}
              "upTime": { "family": "exponential", "mean": {{Mtbf}} }, "downTime": { "family": "exponential", "mean": {{Mttr}} } }
            """)).Replace("\"printTime\": { \"family\": \"exponential\"", "\"printTime\": { \"family\": \"deterministic\"", StringComparison.Ordinal);

    [Theory]
    [InlineData(null)]
    [InlineData("finish")]
    [InlineData("resume")]
    [InlineData("restart")]
    public void ThePipelineAndTheAttemptsMatchTheClosedForm(string? inProgress)
    {
        double waitForRepair = Mttr / (Mtbf + Mttr) * Mttr;
        double tries = Math.Exp(Print / Mtbf);
        var (perOrder, attempts) = inProgress switch
        {
            "resume" => (waitForRepair + Print * (1 + Mttr / Mtbf), 1.0),
            "restart" => (waitForRepair + (tries - 1) * (Mtbf + Mttr), tries),
            _ => (waitForRepair + Print, 1.0),
        };
        var runs = NetworkRuns.Run(Model(inProgress), seed: 31, count: 10, warmUp: 200, observedTime: 40_000);
        output.WriteLine(runs.AssertContains("pipeline_base_pump", Lambda * perOrder));
        output.WriteLine(runs.AssertContains("print_attempt_rate_printer", Lambda * attempts));
    }

    [Theory]
    [InlineData("\"inProgress\": \"pause\"", "unknown value 'pause'")]
    [InlineData("\"inProgress\": 3", "")]
    public void ABadValueNamesItsKey(string key, string reason)
    {
        string json = Model(null).Replace("\"kind\": \"outage\",", "\"kind\": \"outage\", " + key + ",", StringComparison.Ordinal);
        var e = Assert.Throws<NetworkModelException>(() => NetworkModelFile.Parse(json, "test", "."));
        Assert.Equal("$.disruptions[breakdowns].inProgress", e.JsonPath);
        Assert.Contains(reason, e.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void OnlyAPrintersOutageTakesIt()
    {
        string json = DisruptionModels.SupplierFleet(5, 10, 2, 1, """
            { "name": "x", "kind": "outage", "element": "sources:supplier", "inProgress": "resume", "windows": [ { "start": 10, "duration": 5 } ] }
            """);
        var e = Assert.Throws<NetworkModelException>(() => NetworkModelFile.Parse(json, "test", "."));
        Assert.Equal("$.disruptions[x].inProgress", e.JsonPath);
        Assert.Contains("only to an outage of a printer source", e.Reason, StringComparison.Ordinal);
    }
}
