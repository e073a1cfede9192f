using SpareSim.Analytics.RemotePrinting;

namespace SpareSim.Analytics.Tests.RemotePrinting;

public class RawMaterialDemandTests
{
    [Fact]
    public void OneSystemThreePeriodCycleByHand()
    {
        // N = 1, L = 3, S = 0, print at n = 2 and n = 1. A print happens at n = 2 if the regular
        // part failed in the first period; at n = 1 if that printed part failed, or if the regular
        // part failed in the second period.
        double pr = 0.1, pp = 0.3;
        var x = new RemoteSiteInstance(1, 3, 10, 5, pr, pp, 1, 100, 0.99);
        var d = RawMaterialDemand.PrintsPerCycle(x, new RemoteSitePolicy(0, EmergencyPolicy.PrintThreshold(3, 1)));
        Assert.Equal(3, d.Probabilities.Count);
        Assert.Equal((1 - pr) * (1 - pr), d.Probabilities[0], 1e-15);
        Assert.Equal(pr * (1 - pp) + (1 - pr) * pr, d.Probabilities[1], 1e-15);
        Assert.Equal(pr * pp, d.Probabilities[2], 1e-15);
    }

    [Theory]
    [InlineData(0, 2)]
    [InlineData(1, 2)]
    [InlineData(2, 5)]
    public void MeanPrintsPerCycleIsTheRenewalPrintRateTimesL(int s, int threshold)
    {
        var x = Table31.Instance();
        var policy = new RemoteSitePolicy(s, EmergencyPolicy.PrintThreshold(14, threshold));
        var d = RawMaterialDemand.PrintsPerCycle(x, policy);
        Assert.Equal(1, d.Probabilities.Sum(), 1e-12);
        Assert.Equal(CycleEvaluator.Evaluate(x, policy).PrintsPerPeriod * 14, d.Mean, 1e-10);
    }

    [Fact]
    public void PoolingAddsMeansAndVariancesAndScalesByVolume()
    {
        var x = Table31.Instance();
        var a = RawMaterialDemand.PrintsPerCycle(x, new RemoteSitePolicy(0, EmergencyPolicy.PrintThreshold(14, 2)));
        var b = RawMaterialDemand.PrintsPerCycle(x with { InstalledBase = 2 }, new RemoteSitePolicy(1, EmergencyPolicy.PrintThreshold(14, 1)));
        var pooled = RawMaterialDemand.Pool([(a, 10), (b, 3)]);
        Assert.Equal(10 * a.Mean + 3 * b.Mean, pooled.Mean, 1e-9);
        Assert.Equal(100 * a.Variance + 9 * b.Variance, pooled.Variance, 1e-7);
        Assert.True(pooled.Quantile(0.999) >= pooled.Quantile(0.99));
    }
}
