using SpareSim.Analytics.IpLicensing;
using SpareSim.Experiments.Studies.IpLicensing;
using SpareSim.Experiments.Tests.Pipeline;

namespace SpareSim.Experiments.Tests.Studies.IpLicensing;

/// <summary>
/// The reduced version of experiments/ip-licensing.json (a slice of Table 5.2 under the probe
/// reading, a coarse map): every instance's procedure agrees with the brute force, the files are
/// written, and an instance where Theorem 5.2's candidates alone fall short earns the supremum
/// F̂ + r̂λ₁ + λ₂(w_T − c) of spec B.5.
/// </summary>
public class IpLicensingStudyTests
{
    [Fact]
    public async Task Reduced_factorial_agrees_with_brute_force_and_writes_its_files()
    {
        using var t = new TestExperiments();
        var options = new IpLicensingOptions
        {
            Output = t.Folder, MapSteps = 8, TotalRates = [6], MarginRatios = [1.3], PriceRatios = [1, 1.25], HoldingRates = [0.15],
            OrderCostRatios = [0.05, 0.2], BuyerRatios = [0.25, 1], Readings = [new() { Name = "probe", TraditionalOrderCost = 500, SafetyFactors = [0] }],
        };
        Assert.Equal(0, await IpLicensingStudy.RunAsync(options, "test", TextWriter.Null, CancellationToken.None));
        foreach (var file in new[] { "instances.parquet", "report.md", "figure-5-2.png", "figure-5-3a.png", "figure-5-3b.png", "figure-5-4.png", "figure-5-5a.png", "figure-5-5b.png" })
            Assert.True(File.Exists(Path.Combine(t.Folder, file)), file);
    }

    [Fact]
    public void Limit_candidate_beats_theorem_5_2_where_the_proof_drops_the_margin()
    {
        // Probe reading, λ = 6, w_T/c = 1.3, w_A/w_T = 1.25, h = 0.15, K_A/K_T = 0.05, λ1/λ2 = 0.25: Theorem 5.2's best is (∞, 0).
        var options = new IpLicensingOptions { TotalRates = [6], MarginRatios = [1.3], PriceRatios = [1.25], HoldingRates = [0.15], OrderCostRatios = [0.05], BuyerRatios = [0.25] };
        var instance = IpInstance.Of(options, new FactorialReading { Name = "probe", TraditionalOrderCost = 500, SafetyFactors = [0] }).Single();
        var result = IpInstanceResult.Solve(instance, 0.05);
        Assert.True(result.TheoremShort);
        Assert.True(result.BruteForceAgrees);
        var m = instance.Market;
        var hat = result.Problem.EqualSurplus!.Value;
        double supremum = hat.Fee + hat.Royalty * instance.SmallRate + instance.LargeRate * (m.TraditionalPrice - m.UnitCost);
        Assert.Equal(supremum, result.Problem.Optimal.Outcome.Profit, 2);
        Assert.True(supremum > result.Problem.TheoremOptimal.Outcome.Profit * 1.05);
        Assert.Equal(SupplyChainConfiguration.HSB, result.Configuration);
    }

    [Theory]
    [InlineData("--TotalRates:0=abc", "TotalRates:0: 'abc' is not a number")]
    [InlineData("--Readings:0:SafetyFactors:0=x", "Readings:0:SafetyFactors:0: 'x' is not a number")]
    [InlineData("--BuyerRatios:0=2", "BuyerRatios")]
    public void Bad_options_are_named(string overrideText, string expected)
    {
        using var t = new TestExperiments();
        string file = t.Write("""{ "Study": "ip-licensing", "TotalRates": [6, 12], "Readings": [ { "Name": "probe", "TraditionalOrderCost": 500, "SafetyFactors": [0] } ] }""");
        var e = Assert.Throws<ArgumentException>(() => IpLicensingOptions.Load(file, [overrideText]));
        Assert.Contains(expected, e.Message, StringComparison.Ordinal);
    }
}
