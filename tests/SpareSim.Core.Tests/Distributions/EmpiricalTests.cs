using SpareSim.Core.Distributions;
using SpareSim.Core.Random;

namespace SpareSim.Core.Tests.Distributions;

public sealed class EmpiricalTests
{
    private static readonly double[] Data = [4.0, 1.0, 2.5, 9.0, 2.5, 6.0, 3.0];

    [Fact]
    public void Resampling_has_the_moments_of_the_data_points()
    {
        var law = Empirical.Resampling(Data);
        // Hand-computed: mean 28/7 = 4, variance (0+9+2.25+25+2.25+4+1)/7 = 43.5/7.
        SampleAssert.Close(4.0, law.Mean, 1e-14, "mean");
        SampleAssert.Close(43.5 / 7, law.Variance, 1e-13, "variance");
        SampleAssert.MomentsMatch(law, RawMoments.OfPoints(Data), seed: 5, n: 200_000);
    }

    [Fact]
    public void Resampling_draws_only_observed_values_with_equal_frequency()
    {
        var law = Empirical.Resampling([1.0, 2.0, 3.0, 4.0]);
        var stream = new RandomStream(8, 0, "resample");
        var counts = new int[5];
        const int n = 100_000;
        for (int i = 0; i < n; i++) counts[(int)law.Sample(stream)]++;
        Assert.Equal(0, counts[0]);
        // Each count is Binomial(n, 1/4): within 5 standard deviations of n/4.
        double sd = Math.Sqrt(n * 0.25 * 0.75);
        for (int v = 1; v <= 4; v++) SampleAssert.Close(n / 4.0, counts[v], 5 * sd, $"count of {v}");
    }

    [Fact]
    public void Piecewise_linear_has_the_moments_of_its_uniform_segments()
    {
        var law = Empirical.PiecewiseLinear(Data);
        double[] s = [.. Data.Order()];
        var theory = RawMoments.FromFunction(k =>
            Enumerable.Range(0, s.Length - 1).Average(i => RawMoments.UniformMoment(s[i], s[i + 1], k)));
        // Hand-computed mean: segment midpoints 1.75, 2.5, 2.75, 3.5, 5, 7.5 average to 23/6.
        SampleAssert.Close(23.0 / 6, law.Mean, 1e-14, "mean");
        SampleAssert.MomentsMatch(law, theory, seed: 6, n: 200_000);
    }

    [Fact]
    public void Piecewise_linear_stays_within_the_data_range()
    {
        var law = Empirical.PiecewiseLinear(Data);
        var stream = new RandomStream(9, 0, "range");
        for (int i = 0; i < 10_000; i++)
        {
            double x = law.Sample(stream);
            Assert.InRange(x, 1.0, 9.0);
        }
    }

    [Fact]
    public void Bad_data_is_rejected()
    {
        Assert.Equal("data", Assert.Throws<ArgumentException>(() => Empirical.Resampling([])).ParamName);
        Assert.Equal("data", Assert.Throws<ArgumentException>(() => Empirical.PiecewiseLinear([1.0])).ParamName);
        Assert.Equal("data", Assert.Throws<ArgumentException>(() => Empirical.Resampling([1.0, double.NaN])).ParamName);
    }
}
