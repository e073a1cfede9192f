using SpareSim.Analytics.MultiEchelon;

namespace SpareSim.Analytics.Tests.MultiEchelon;

public class PoissonPipelineTests
{
    public static TheoryData<double> Means => new() { 0.0, 0.01, 0.5, 1.117801, 3.0, 17.3, 93.204675, 250.0 };

    /// <summary>Direct summation with a recursive pmf (reference, fine for moderate means).</summary>
    private static (double pmfSum, double[] pmf) DirectPmf(double mean, int upTo)
    {
        var p = new double[upTo + 1];
        p[0] = Math.Exp(-mean);
        for (int x = 1; x <= upTo; x++) p[x] = p[x - 1] * mean / x;
        return (p.Sum(), p);
    }

    [Theory]
    [MemberData(nameof(Means))]
    public void PmfCdfAndEboMatchDirectSummation(double mean)
    {
        if (mean > 200) return; // e^-mean underflows the direct reference
        int upTo = (int)(mean + 20 * Math.Sqrt(mean + 1) + 40);
        var (_, p) = DirectPmf(mean, upTo);
        double cdf = 0;
        for (int s = 0; s <= Math.Min(upTo - 1, (int)mean + 30); s++)
        {
            cdf += p[s];
            Assert.Equal(p[s], PoissonPipeline.Pmf(s, mean), 1e-12 + 1e-10 * p[s]);
            Assert.Equal(cdf, PoissonPipeline.Cdf(s, mean), 1e-10);
            double ebo = 0, m2 = 0;
            for (int x = s + 1; x <= upTo; x++) { ebo += (x - s) * p[x]; m2 += (double)(x - s) * (x - s) * p[x]; }
            Assert.Equal(ebo, PoissonPipeline.ExpectedBackorders(s, mean), 1e-9 * Math.Max(1, mean));
            Assert.Equal(m2 - ebo * ebo, PoissonPipeline.VarianceOfBackorders(s, mean), 1e-7 * Math.Max(1, mean * mean));
        }
    }

    [Theory]
    [MemberData(nameof(Means))]
    public void ClosedForms(double mean)
    {
        Assert.Equal(mean, PoissonPipeline.ExpectedBackorders(0, mean), 1e-12);
        Assert.Equal(mean, PoissonPipeline.VarianceOfBackorders(0, mean), 1e-9 * Math.Max(1, mean));
        for (int s = 0; s < (int)(mean * 2) + 15; s++)
        {
            double diff = PoissonPipeline.ExpectedBackorders(s, mean) - PoissonPipeline.ExpectedBackorders(s + 1, mean);
            Assert.Equal(PoissonPipeline.Survival(s, mean), diff, 1e-10);
            Assert.Equal(1.0, PoissonPipeline.Cdf(s, mean) + PoissonPipeline.Survival(s, mean), 1e-12);
            // Paper identity EBO = μ p(s) + (μ − s)(1 − F(s)).
            double identity = mean * PoissonPipeline.Pmf(s, mean) + (mean - s) * PoissonPipeline.Survival(s, mean);
            Assert.Equal(identity, PoissonPipeline.ExpectedBackorders(s, mean), 1e-9 * Math.Max(1, mean));
        }
    }

    [Fact]
    public void LargeMeanStaysFiniteAndAccurate()
    {
        double mean = 5000;
        Assert.Equal(mean - 100, PoissonPipeline.ExpectedBackorders(100, mean), 1e-9);
        // At s = mean, EBO ≈ sqrt(mean/(2π)) for large means.
        double ebo = PoissonPipeline.ExpectedBackorders(5000, mean);
        Assert.InRange(ebo, Math.Sqrt(mean / (2 * Math.PI)) * 0.99, Math.Sqrt(mean / (2 * Math.PI)) * 1.01);
        Assert.True(PoissonPipeline.Pmf(5000, mean) > 0);
        Assert.Equal(0.0, PoissonPipeline.ExpectedBackorders(20000, mean), 1e-300);
    }
}
