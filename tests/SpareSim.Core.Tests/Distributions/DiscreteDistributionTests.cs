using SpareSim.Core.Distributions;
using SpareSim.Core.Random;
using ChiSquared = MathNet.Numerics.Distributions.ChiSquared;

namespace SpareSim.Core.Tests.Distributions;

public sealed class DiscreteDistributionTests
{
    // Central moments from the textbook: Poisson μ₄ = λ + 3λ²; binomial μ₄ = npq(1 + 3(n-2)pq).
    private static RawMoments FromCentral(double mean, double variance, double mu3, double mu4)
    {
        double m2 = variance + mean * mean;
        double m3 = mu3 + 3 * mean * variance + mean * mean * mean;
        double m4 = mu4 + 4 * mean * mu3 + 6 * mean * mean * variance + mean * mean * mean * mean;
        return new RawMoments(mean, m2, m3, m4);
    }

    private static RawMoments BinomialMoments(int n, double p)
    {
        double q = 1 - p, v = n * p * q;
        return FromCentral(n * p, v, v * (q - p), v * (1 + 3 * (n - 2) * p * q));
    }

    [Theory]
    [InlineData(0.3)]
    [InlineData(0.01)]
    public void Bernoulli_matches_theory(double p) =>
        SampleAssert.MomentsMatch(Bernoulli.FromProbability(p), BinomialMoments(1, p), seed: 11, n: 200_000);

    [Fact]
    public void Bernoulli_edges_are_certain()
    {
        var stream = new RandomStream(1, 0, "edges");
        var never = Bernoulli.FromProbability(0);
        var always = Bernoulli.FromProbability(1);
        for (int i = 0; i < 1000; i++)
        {
            Assert.Equal(0, never.Sample(stream));
            Assert.Equal(1, always.Sample(stream));
        }
    }

    [Theory]
    [InlineData(10, 0.25)]
    [InlineData(200, 0.6)]
    public void Binomial_matches_theory(int n, double p) =>
        SampleAssert.MomentsMatch(Binomial.FromTrials(n, p), BinomialMoments(n, p), seed: 12, n: 100_000);

    [Theory]
    [InlineData(0.7)]
    [InlineData(12.0)]
    [InlineData(150.0)] // MathNet switches to its large-mean method above 30
    public void Poisson_matches_theory(double lambda) =>
        SampleAssert.MomentsMatch(Poisson.FromMean(lambda), FromCentral(lambda, lambda, lambda, lambda + 3 * lambda * lambda), seed: 13, n: 200_000);

    [Theory]
    [InlineData(3.0)]
    [InlineData(60.0)]
    public void Poisson_frequencies_pass_chi_square(double lambda)
    {
        var law = Poisson.FromMean(lambda);
        var stream = new RandomStream(14, 0, "poisson-chi2");
        const int n = 100_000;
        int lo = Math.Max(0, (int)(lambda - 4 * Math.Sqrt(lambda))), hi = (int)(lambda + 4 * Math.Sqrt(lambda)) + 1;
        var counts = new int[hi - lo + 3]; // cell 0: k < lo; cells 1..: k = lo..hi; last cell: k > hi
        for (int i = 0; i < n; i++)
        {
            int k = law.Sample(stream);
            counts[k < lo ? 0 : k > hi ? counts.Length - 1 : k - lo + 1]++;
        }
        var probabilities = new double[counts.Length];
        for (int k = lo; k <= hi; k++) probabilities[k - lo + 1] = MathNet.Numerics.Distributions.Poisson.PMF(lambda, k);
        probabilities[0] = lo == 0 ? 0 : MathNet.Numerics.Distributions.Poisson.CDF(lambda, lo - 1);
        probabilities[^1] = 1 - MathNet.Numerics.Distributions.Poisson.CDF(lambda, hi);
        double chi2 = 0;
        int cells = 0;
        for (int c = 0; c < counts.Length; c++)
        {
            double expected = n * probabilities[c];
            if (expected < 5) continue; // the rare tail cells hold too little for the chi-square approximation
            chi2 += (counts[c] - expected) * (counts[c] - expected) / expected;
            cells++;
        }
        double threshold = ChiSquared.InvCDF(cells - 1, 0.9999);
        Assert.True(chi2 <= threshold, $"chi2 = {chi2:F1} over {cells} cells, threshold {threshold:F1}");
    }

    [Fact]
    public void Bad_parameters_are_rejected_naming_them()
    {
        Assert.Equal("probability", Assert.Throws<ArgumentOutOfRangeException>(() => Bernoulli.FromProbability(-0.1)).ParamName);
        Assert.Equal("trials", Assert.Throws<ArgumentOutOfRangeException>(() => Binomial.FromTrials(-1, 0.5)).ParamName);
        Assert.Equal("mean", Assert.Throws<ArgumentOutOfRangeException>(() => Poisson.FromMean(0)).ParamName);
    }
}
