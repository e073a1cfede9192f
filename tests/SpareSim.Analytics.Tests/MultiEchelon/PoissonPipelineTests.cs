using SpareSim.Analytics.MultiEchelon;

namespace SpareSim.Analytics.Tests.MultiEchelon;

public class PoissonPipelineTests
{
    /// <summary>Brute force over a long support with the pmf built by the recursion p(k) = p(k-1) m / k.</summary>
    private static (double Ebo, double Vbo, double Cdf) Direct(int s, double mean)
    {
        double p = Math.Exp(-mean), ebo = 0, second = 0, cdf = 0;
        for (int k = 0; k < 2000; k++)
        {
            if (k > 0) p *= mean / k;
            if (k <= s) cdf += p;
            double bo = Math.Max(k - s, 0);
            ebo += bo * p;
            second += bo * bo * p;
        }
        return (ebo, second - ebo * ebo, cdf);
    }

    [Theory]
    [InlineData(0.3)]
    [InlineData(2.5)]
    [InlineData(7)]
    [InlineData(40)]
    public void Matches_direct_summation(double mean)
    {
        for (int s = 0; s <= 60; s++)
        {
            var d = Direct(s, mean);
            Assert.Equal(d.Ebo, PoissonPipeline.ExpectedBackorders(s, mean), 10);
            Assert.Equal(d.Vbo, PoissonPipeline.BackorderVariance(s, mean), 9);
            Assert.Equal(d.Cdf, PoissonPipeline.Cdf(s, mean), 12);
        }
    }

    [Theory]
    [InlineData(1.7)]
    [InlineData(250)]
    [InlineData(20_000)]
    public void Identities_hold_including_large_means(double mean)
    {
        Assert.Equal(mean, PoissonPipeline.ExpectedBackorders(0, mean), 8);      // EBO(0) = E[X]
        Assert.Equal(mean, PoissonPipeline.BackorderVariance(0, mean), mean > 1000 ? 4 : 8); // Var(X) = mean
        int step = Math.Max(1, (int)Math.Sqrt(mean));
        for (int s = 0; s < mean + 10 * Math.Sqrt(mean); s += step)
        {
            // EBO(s) - EBO(s+1) = P(X > s)
            double difference = PoissonPipeline.ExpectedBackorders(s, mean) - PoissonPipeline.ExpectedBackorders(s + 1, mean);
            Assert.Equal(1 - PoissonPipeline.Cdf(s, mean), difference, 7);
        }
    }

    [Fact]
    public void Pmf_sums_to_one_and_bad_input_is_rejected()
    {
        double total = 0;
        for (int k = 0; k < 200; k++) total += PoissonPipeline.Pmf(k, 30);
        Assert.Equal(1, total, 12);
        Assert.Throws<ArgumentOutOfRangeException>(() => PoissonPipeline.ExpectedBackorders(-1, 2));
        Assert.Throws<ArgumentOutOfRangeException>(() => PoissonPipeline.Pmf(1, -2));
        Assert.Equal(0, PoissonPipeline.ExpectedBackorders(3, 0));
    }
}
