using SpareSim.Analytics.MultiEchelon;

namespace SpareSim.Analytics.Tests.MultiEchelon;

/// <summary>
/// Issue 12: near the Poisson limit (variance/mean − 1 in 1e-9..1e-6) the negative binomial EBO
/// must approach the Poisson one continuously. Independent value: the Poisson EBO plus the
/// first-order variance term, ∂EBO/∂var = P(X = s)/2 (normal-limit sensitivity), so the
/// difference is bounded by Δvar·max pmf.
/// </summary>
public class NegativeBinomialNearPoissonTests
{
    [Theory]
    [InlineData(3000.0, 1e-9)]
    [InlineData(3000.0, 1e-8)]
    [InlineData(3000.0, 1e-7)]
    [InlineData(3000.0, 1e-6)]
    [InlineData(60000.0, 1e-8)]
    public void BackordersApproachThePoissonOnes(double mean, double excess)
    {
        double variance = mean * (1 + 2 * excess); // above the 1e-9 Poisson switch
        double sigma = Math.Sqrt(mean);
        foreach (double z in new[] { -2.0, -0.5, 0, 0.5, 2 })
        {
            int s = (int)Math.Round(mean + z * sigma);
            double poisson = PoissonPipeline.ExpectedBackorders(s, mean);
            double nb = NegativeBinomialPipeline.ExpectedBackorders(s, mean, variance);
            double bound = (variance - mean) * PoissonPipeline.Pmf((int)mean, mean) + 1e-11 * poisson;
            Assert.True(nb >= poisson - 1e-11 * poisson, $"s = {s}: NB {nb:R} below Poisson {poisson:R}");
            Assert.True(nb - poisson <= bound, $"s = {s}: NB {nb:R} vs Poisson {poisson:R}, difference {nb - poisson:g3} > {bound:g3}");
        }
    }

    [Fact]
    public void StockOfIntMaxValueHasNoBackorders()
    {
        Assert.Equal(0, NegativeBinomialPipeline.ExpectedBackorders(int.MaxValue, 5, 8));
        Assert.Equal(0, PoissonPipeline.ExpectedBackorders(int.MaxValue, 5));
        Assert.Equal(0, PoissonPipeline.BackorderVariance(int.MaxValue, 5));
    }
}
