namespace SpareSim.Models.Tests.Network.Disruptions;

/// <summary>
/// The remote site of thesis ch. 3 prints stopgaps at its period-end reviews (not through print
/// jobs): a printer that is down for the whole observation prints nothing, and one that is never
/// down prints (the same replications, common random numbers).
/// </summary>
public class ReviewPrinterOutageTests
{
    private static string Site(string windows) => $$"""
        {
          "timeUnit": "day", "costBooking": "period-end",
          "parts": [ { "name": "part", "versions": [ { "name": "regular", "price": 100 }, { "name": "printed", "price": 50, "temporary": true } ] } ],
          "convoys": [ { "name": "convoy", "period": 14, "offset": 14 } ],
          "sites": [ { "name": "remote", "convoy": "convoy" } ],
          "sources": [
            { "name": "mainland", "kind": "supplier", "leadTime": { "family": "deterministic", "mean": 0 } },
            { "name": "printer", "kind": "printer", "site": "remote", "printers": 0, "printTime": { "family": "deterministic", "mean": 0 }, "costPerUnit": 50 }
          ],
          "installedBases": [ { "name": "systems", "site": "remote", "part": "part", "systems": 3, "failureMode": "per-period",
                                "failureProbability": { "regular": 0.01, "printed": 0.2 }, "downtimeCost": 30 } ],
          "stockPoints": [ { "site": "remote", "part": "part", "stock": { "regular": 1 }, "holdingRate": 0.01,
            "controller": { "kind": "base-stock", "source": "mainland", "version": "regular" },
            "review": { "controller": { "kind": "periods-left", "printFrom": 2, "expediteFrom": 1000000000, "whileOverdue": "last-day" },
                        "print": "printer", "printVersion": "printed" } } ],
          "disruptions": [ { "name": "printer-down", "kind": "outage", "element": "sources:printer", "windows": [ {{windows}} ] } ]
        }
        """;

    [Fact]
    public void APrinterThatIsDownPrintsNoStopgapAtAReview()
    {
        var down = NetworkRuns.Run(Site("""{ "start": 0, "duration": 1000000 }"""), seed: 2, count: 4, warmUp: 140, observedTime: 14_000);
        var up = NetworkRuns.Run(Site("""{ "start": 999999, "duration": 1 }"""), seed: 2, count: 4, warmUp: 140, observedTime: 14_000);
        Assert.All(down.Values("print_attempt_rate_printer"), rate => Assert.Equal(0, rate));
        Assert.All(up.Values("print_attempt_rate_printer"), rate => Assert.True(rate > 0));
        Assert.All(Enumerable.Range(0, 4), r => Assert.True(down.Values("availability")[r] < up.Values("availability")[r]));
    }
}
