using SpareSim.Analytics.MultiEchelon;

namespace SpareSim.Analytics.Tests.MultiEchelon;

public class NegativeBinomialPipelineTests
{
    // Independent reference: p^r, then the ratio P(k)/P(k-1) = (r + k - 1)(1 - p)/k (no log-gamma).
    private static double DirectPmf(int k, double mean, double variance)
    {
        double p = mean / variance, r = mean * mean / (variance - mean);
        double pk = Math.Pow(p, r);
        for (int i = 1; i <= k; i++) pk *= (r + i - 1) * (1 - p) / i;
        return pk;
    }

    [Theory]
    [InlineData(0.5, 0.8)]
    [InlineData(3.0, 4.5)]
    [InlineData(12.0, 30.0)]
    [InlineData(40.0, 41.0)]
    public void MomentsCdfAndBackordersMatchDirectSums(double mean, double variance)
    {
        int top = (int)(mean + 40 * Math.Sqrt(variance)) + 40;
        double m1 = 0, m2 = 0;
        for (int k = 0; k <= top; k++)
        {
            double p = DirectPmf(k, mean, variance);
            Assert.Equal(p, NegativeBinomialPipeline.Pmf(k, mean, variance), 1e-12 + 1e-9 * p);
            m1 += k * p;
            m2 += (double)k * k * p;
        }
        Assert.Equal(mean, m1, 1e-9 * mean);
        Assert.Equal(variance, m2 - m1 * m1, 1e-8 * variance);
        foreach (int s in new[] { 0, 1, 2, 5, (int)mean, (int)(mean + 3 * Math.Sqrt(variance)) })
        {
            double cdf = 0, ebo = 0;
            for (int k = 0; k <= top; k++)
            {
                double p = DirectPmf(k, mean, variance);
                if (k <= s) cdf += p;
                else ebo += (k - s) * p;
            }
            Assert.Equal(cdf, NegativeBinomialPipeline.Cdf(s, mean, variance), 1e-10);
            Assert.Equal(ebo, NegativeBinomialPipeline.ExpectedBackorders(s, mean, variance), 1e-10 + 1e-9 * ebo);
        }
    }

    [Fact]
    public void EqualVarianceIsPoisson()
    {
        Assert.Equal(PoissonPipeline.ExpectedBackorders(3, 2.5), NegativeBinomialPipeline.ExpectedBackorders(3, 2.5, 2.5), 1e-15);
        // The NB tends to the Poisson as the excess variance vanishes.
        Assert.Equal(PoissonPipeline.ExpectedBackorders(3, 2.5), NegativeBinomialPipeline.ExpectedBackorders(3, 2.5, 2.5 * (1 + 1e-6)), 1e-6);
        Assert.True(NegativeBinomialPipeline.ExpectedBackorders(3, 2.5, 4) > PoissonPipeline.ExpectedBackorders(3, 2.5));
    }

    [Fact]
    public void RejectsBadInput()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => NegativeBinomialPipeline.ExpectedBackorders(-1, 1, 2));
        Assert.Throws<ArgumentOutOfRangeException>(() => NegativeBinomialPipeline.ExpectedBackorders(1, double.NaN, 2));
        Assert.Throws<ArgumentOutOfRangeException>(() => NegativeBinomialPipeline.Cdf(1, 1, double.PositiveInfinity));
    }
}
