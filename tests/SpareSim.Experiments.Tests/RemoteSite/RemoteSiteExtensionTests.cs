using SpareSim.Analytics.RemotePrinting;
using SpareSim.Experiments.Models.RemoteSite;
using SpareSim.Models.Network.File;
using static SpareSim.Experiments.Tests.RemoteSite.RemoteSiteRuns;

namespace SpareSim.Experiments.Tests.RemoteSite;

/// <summary>What the chapter's MDP leaves out, on the network engine, each against a count it must obey.</summary>
public class RemoteSiteExtensionTests
{
    private const string Sp = RemoteSiteNetwork.StockPointId;
    private static readonly RemoteSitePolicyRule PrintFromTwo = new(1, 2);

    [Fact]
    public void SameSeedSameResultsAndSwitchedOffExtensionsChangeNothing()
    {
        var a = Run(Table31(), PrintFromTwo, 2, 20_000, seed: 7);
        var b = Run(Table31(), PrintFromTwo, 2, 20_000, new RemoteSiteExtensions { PrintsPerNight = 3 }, seed: 7);
        Assert.Equal(a[0]["cost_total"], b[0]["cost_total"]);
        Assert.Equal(a[1]["availability"], b[1]["availability"]);
    }

    [Fact]
    public void CancelledConvoysFollowTheirProbability()
    {
        var runs = Run(Table31(), PrintFromTwo, 4, 140_000, new RemoteSiteExtensions { ConvoyCancellationProbability = 0.2 });
        // Departures at 14, 28, …, 139,986 (the run stops before time 140,000): 9,999 per replication;
        // cancellations ~ Binomial(39,996, 0.2): 4.5 SD = 360.
        double cancelled = runs.Sum(r => r["cancellation_rate_convoy"]) * 140_000, departed = runs.Sum(r => r["departure_rate_convoy"]) * 140_000;
        Assert.InRange(cancelled, 8000 - 360, 8000 + 360);
        Assert.Equal(39_996, Math.Round(cancelled + departed));
    }

    [Fact]
    public void RawMaterialLimitsPrintsToOnePerConvoyCycle()
    {
        // One print's worth of material, topped up by each convoy: at most one attempt per cycle.
        var e = new RemoteSiteExtensions { PrintVolume = 10, MaterialCapacity = 10 };
        var runs = Run(Table31(), new RemoteSitePolicyRule(0, 1), 2, 14_000, e);
        Assert.All(runs, r => Assert.True(r["print_attempt_rate_printer"] * 14 <= 1 + 1e-9 && r["print_attempt_rate_printer"] > 0));
        Assert.All(runs, r => Assert.True(r[$"prints_per_cycle_{Sp}"] <= 1 + 1e-9));
        Assert.All(runs, r => Assert.True(r[$"unmet_print_rate_{Sp}"] > 0));
    }

    [Fact]
    public void NightlyCapacityCapsPrintsPerReview()
    {
        var runs = Run(Table31(), new RemoteSitePolicyRule(0, 1), 2, 28_000, new RemoteSiteExtensions { PrintsPerNight = 1 });
        // Never more attempts than days; some requests unmet (two or three systems down on a night).
        Assert.All(runs, r => Assert.True(r["print_attempt_rate_printer"] <= 1 && r[$"unmet_print_rate_{Sp}"] > 0));
    }

    [Fact]
    public void FailedPrintsAreUnusableInTheirShare()
    {
        var runs = Run(Table31(), new RemoteSitePolicyRule(0, 2), 6, 56_000, new RemoteSiteExtensions { FailedPrintProbability = 0.5 });
        // Half of the attempts are usable: Binomial(attempts, 0.5), 4.5 SD.
        double attempts = runs.Sum(r => r["print_attempt_rate_printer"]) * 56_000, usable = runs.Sum(r => r[$"stopgap_print_rate_{Sp}"]) * 56_000;
        double sd = Math.Sqrt(0.25 / attempts);
        Assert.InRange(usable / attempts, 0.5 - 4.5 * sd, 0.5 + 4.5 * sd);
    }

    [Fact]
    public void OrderUpToEquivalence_ConvoyBringsTheSiteBackToItsBaseStock()
    {
        // After every arrival on-hand stock is S and nothing waits (one for one = order-up-to S):
        // with S = 2 and no printing, on hand at period ends never exceeds 2, and the time-average
        // regular order rate equals the failure rate of regular parts (every failure ordered once).
        var runs = Run(Table31(), new RemoteSitePolicyRule(2, int.MaxValue), 4, 70_000);
        Assert.All(runs, r => Assert.Equal(r["failure_rate"], r[$"order_rate_{Sp}_regular"], 3));
        Assert.All(runs, r => Assert.True(r[$"on_hand_{Sp}"] <= 2));
    }

    [Theory]
    [InlineData("review.printVersion", "regular", "must be temporary")]
    [InlineData("review.print", "mainland", "is not a printer pool")]
    [InlineData("review.expedite", "printer", "is not a supplier")]
    [InlineData("review.controller.whileOverdue", "panic", "must be last-day, wait, print or expedite")]
    [InlineData("review.controller.kind", "magic", "unknown review controller")]
    public void BadReviewsAreRejectedNamingThePath(string path, string value, string message)
    {
        var model = RemoteSiteNetwork.Build(Table31(expediteCost: 200), PrintFromTwo);
        var node = model["stockPoints"]![0]!;
        var parts = path.Split('.');
        for (int i = 0; i < parts.Length - 1; i++) node = node[parts[i]]!;
        node[parts[^1]] = value;
        var e = Assert.Throws<NetworkModelException>(() => NetworkModelFile.Parse(model.ToJsonString(), "bad", "."));
        Assert.Contains("$.stockPoints[remote/part]." + path, e.Message);
        Assert.Contains(message, e.Message);
    }

    [Fact]
    public void ATemporaryVersionCannotBeStockedOrStartInstalled()
    {
        var model = RemoteSiteNetwork.Build(Table31(), PrintFromTwo);
        model["stockPoints"]![0]!["stock"]!["printed"] = 1;
        var e = Assert.Throws<NetworkModelException>(() => NetworkModelFile.Parse(model.ToJsonString(), "bad", "."));
        Assert.Contains("stock.printed", e.Message);
        var noConvoy = RemoteSiteNetwork.Build(Table31(), PrintFromTwo);
        noConvoy["sites"]![0]!.AsObject().Remove("convoy");
        e = Assert.Throws<NetworkModelException>(() => NetworkModelFile.Parse(noConvoy.ToJsonString(), "bad", "."));
        Assert.Contains("has none", e.Message);
    }

    [Fact]
    public void PerPeriodFailuresNeedProbabilitiesInZeroOne()
    {
        var model = RemoteSiteNetwork.Build(Table31(), PrintFromTwo);
        model["installedBases"]![0]!["failureProbability"]!["regular"] = 1.5;
        var e = Assert.Throws<NetworkModelException>(() => NetworkModelFile.Parse(model.ToJsonString(), "bad", "."));
        Assert.Contains("$.installedBases[systems].failureProbability.regular", e.Message);
    }
}
