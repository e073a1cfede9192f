using SpareSim.Core.Distributions;
using SpareSim.Core.Random;

namespace SpareSim.Core.Tests.Distributions;

public sealed class ContinuousDistributionTests
{
    /// <summary>0.999 quantile of the Kolmogorov distribution: P(√n·Dₙ &gt; 1.9495) ≈ 0.001.</summary>
    private const double KolmogorovQuantile999 = 1.9495;

    [Theory]
    [MemberData(nameof(ContinuousCases.Names), MemberType = typeof(ContinuousCases))]
    public void Sample_mean_and_variance_match_theory(string name)
    {
        var c = ContinuousCases.All[name];
        SampleAssert.MomentsMatch(c.Create(), c.Moments, seed: 20261123, n: 200_000);
    }

    [Theory]
    [MemberData(nameof(ContinuousCases.Names), MemberType = typeof(ContinuousCases))]
    public void Sample_distribution_passes_Kolmogorov_Smirnov(string name)
    {
        var c = ContinuousCases.All[name];
        var law = c.Create();
        var stream = new RandomStream(77, 0, "ks");
        const int n = 20_000;
        var x = new double[n];
        for (int i = 0; i < n; i++) x[i] = law.Sample(stream);
        Array.Sort(x);
        double d = 0;
        for (int i = 0; i < n; i++)
        {
            double f = c.Cdf(x[i]);
            d = Math.Max(d, Math.Max((i + 1.0) / n - f, f - (double)i / n));
        }
        Assert.True(Math.Sqrt(n) * d <= KolmogorovQuantile999, $"{law.Description}: sqrt(n) D = {Math.Sqrt(n) * d:F3}");
    }

    [Fact]
    public void Deterministic_returns_its_value_and_draws_nothing()
    {
        var law = Deterministic.FromValue(4.5);
        var used = new RandomStream(1, 0, "a");
        var fresh = new RandomStream(1, 0, "a");
        for (int i = 0; i < 10; i++) Assert.Equal(4.5, law.Sample(used));
        Assert.Equal(fresh.NextUInt64(), used.NextUInt64());
        Assert.Equal(4.5, law.Mean);
        Assert.Equal(0, law.Variance);
    }

    [Fact]
    public void Standard_normal_truncated_at_zero_has_half_normal_moments()
    {
        // Half-normal: mean √(2/π), variance 1 - 2/π.
        var law = TruncatedNormal.FromParent(0, 1, 0);
        SampleAssert.Close(Math.Sqrt(2 / Math.PI), law.Mean, 1e-14, "half-normal mean");
        SampleAssert.Close(1 - 2 / Math.PI, law.Variance, 1e-14, "half-normal variance");
    }

    [Fact]
    public void Truncated_normal_far_in_the_tail_is_nearly_exponential()
    {
        // α = 50 is beyond erfc's range. Asymptotic series of the truncated standard normal:
        // mean α + 1/α - 2/α³ + 10/α⁵ + O(α⁻⁷), variance 1/α² - 6/α⁴ + O(α⁻⁶).
        const double a = 50;
        var law = TruncatedNormal.FromParent(0, 1, a);
        SampleAssert.Close(a + 1 / a - 2 / Math.Pow(a, 3) + 10 / Math.Pow(a, 5), law.Mean, 1e-9, "tail mean");
        SampleAssert.Close(1 / (a * a) - 6 / Math.Pow(a, 4), law.Variance, 1e-8, "tail variance");
        var stream = new RandomStream(3, 0, "tail");
        for (int i = 0; i < 1000; i++) Assert.True(law.Sample(stream) >= 50);
    }

    [Fact]
    public void Hyperexponential_with_cv_one_is_exponential()
    {
        var law = Hyperexponential.FromMeanAndCv(3, 1);
        Assert.Equal(0.5, law.FirstPhaseProbability);
        SampleAssert.Close(1 / 3.0, law.FirstRate, 1e-15, "rate 1");
        SampleAssert.Close(1 / 3.0, law.SecondRate, 1e-15, "rate 2");
    }

    [Fact]
    public void Factories_reject_bad_parameters_naming_them()
    {
        Assert.Equal("rate", Assert.Throws<ArgumentOutOfRangeException>(() => Gamma.FromShapeAndRate(1, 0)).ParamName);
        Assert.Equal("shape", Assert.Throws<ArgumentOutOfRangeException>(() => Weibull.FromShapeAndScale(-1, 1)).ParamName);
        Assert.Equal("phases", Assert.Throws<ArgumentOutOfRangeException>(() => Erlang.FromMean(0, 1)).ParamName);
        Assert.Equal("upper", Assert.Throws<ArgumentOutOfRangeException>(() => Uniform.FromBounds(2, 2)).ParamName);
        Assert.Equal("sigma", Assert.Throws<ArgumentOutOfRangeException>(() => LogNormal.FromLogParameters(0, double.NaN)).ParamName);
        Assert.Equal("parentStandardDeviation", Assert.Throws<ArgumentOutOfRangeException>(() => TruncatedNormal.FromParent(0, 0, 0)).ParamName);
        Assert.Equal("firstPhaseProbability", Assert.Throws<ArgumentOutOfRangeException>(() => Hyperexponential.FromPhases(1.5, 1, 1)).ParamName);
        Assert.Equal("value", Assert.Throws<ArgumentOutOfRangeException>(() => Deterministic.FromValue(double.PositiveInfinity)).ParamName);
    }
}
