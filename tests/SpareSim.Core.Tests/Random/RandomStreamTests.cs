using SpareSim.Core.Random;
using ChiSquared = MathNet.Numerics.Distributions.ChiSquared;

namespace SpareSim.Core.Tests.Random;

public sealed class RandomStreamTests
{
    private static double[] Draw(RandomStream s, int n)
    {
        var x = new double[n];
        for (int i = 0; i < n; i++) x[i] = s.NextDouble();
        return x;
    }

    private static double Correlation(double[] x, double[] y)
    {
        double mx = x.Average(), my = y.Average(), sxy = 0, sxx = 0, syy = 0;
        for (int i = 0; i < x.Length; i++)
        {
            sxy += (x[i] - mx) * (y[i] - my);
            sxx += (x[i] - mx) * (x[i] - mx);
            syy += (y[i] - my) * (y[i] - my);
        }
        return sxy / Math.Sqrt(sxx * syy);
    }

    [Fact]
    public void Same_seed_replication_and_name_give_the_same_sequence()
    {
        var a = new RandomStream(42, 3, "failures/base-A");
        var b = new RandomStream(42, 3, "failures/base-A");
        for (int i = 0; i < 10_000; i++) Assert.Equal(a.NextUInt64(), b.NextUInt64());
    }

    [Fact]
    public void Streams_obtained_through_RandomStreams_are_reproducible_and_cached()
    {
        var one = new RandomStreams(7, 2);
        var other = new RandomStreams(7, 2);
        Assert.Same(one.Get("demand"), one.Get("demand"));
        for (int i = 0; i < 1000; i++) Assert.Equal(one.Get("demand").NextDouble(), other.Get("demand").NextDouble());
    }

    [Theory]
    [InlineData(42UL, 0, "demand", 42UL, 0, "repair")]
    [InlineData(42UL, 0, "demand", 42UL, 1, "demand")]
    [InlineData(42UL, 0, "demand", 43UL, 0, "demand")]
    [InlineData(0UL, 0, "a", 0UL, 0, "b")]
    public void Different_names_replications_or_seeds_are_uncorrelated(ulong seed1, int rep1, string name1, ulong seed2, int rep2, string name2)
    {
        const int n = 100_000;
        var x = Draw(new RandomStream(seed1, rep1, name1), n);
        var y = Draw(new RandomStream(seed2, rep2, name2), n);
        // Under independence the sample correlation has standard error 1/√n; lag-1 cross-correlation likewise.
        double r = Correlation(x, y);
        Assert.True(Math.Abs(r) <= 5 / Math.Sqrt(n), $"correlation {r:G3}");
        double lagged = Correlation(x[1..], y[..^1]);
        Assert.True(Math.Abs(lagged) <= 5 / Math.Sqrt(n), $"lag-1 cross-correlation {lagged:G3}");
        Assert.NotEqual(x[..8], y[..8]);
    }

    [Fact]
    public void Consecutive_replications_share_no_values()
    {
        var seen = new HashSet<ulong>();
        for (int rep = 0; rep < 50; rep++)
        {
            var s = new RandomStream(1, rep, "failures");
            for (int i = 0; i < 2000; i++) Assert.True(seen.Add(s.NextUInt64()), $"value repeated in replication {rep}");
        }
    }

    [Fact]
    public void NextDouble_is_uniform_by_chi_square_and_in_the_open_interval()
    {
        var s = new RandomStream(2026, 0, "uniformity");
        const int bins = 1000, n = 1_000_000;
        var counts = new int[bins];
        for (int i = 0; i < n; i++)
        {
            double u = s.NextDouble();
            Assert.True(u > 0 && u < 1);
            counts[(int)(u * bins)]++;
        }
        double expected = (double)n / bins;
        double chi2 = counts.Sum(c => (c - expected) * (c - expected) / expected);
        double threshold = ChiSquared.InvCDF(bins - 1, 0.9999);
        Assert.True(chi2 <= threshold, $"chi2 = {chi2:F1}, threshold {threshold:F1}");
    }

    [Fact]
    public void Successive_pairs_are_uniform_on_the_unit_square()
    {
        var s = new RandomStream(99, 4, "pairs");
        const int side = 20, n = 400_000;
        var counts = new int[side * side];
        for (int i = 0; i < n; i++) counts[(int)(s.NextDouble() * side) * side + (int)(s.NextDouble() * side)]++;
        double expected = (double)n / counts.Length;
        double chi2 = counts.Sum(c => (c - expected) * (c - expected) / expected);
        Assert.True(chi2 <= ChiSquared.InvCDF(counts.Length - 1, 0.9999), $"chi2 = {chi2:F1}");
    }

    [Theory]
    [InlineData(7)]
    [InlineData(1_610_612_736)] // 3·2^29: a 31-bit draw reduced modulo this would give 0..2^29 twice the weight
    public void Next_with_a_bound_is_unbiased(int maxValue)
    {
        var s = new RandomStream(5, 0, "next-int");
        const int n = 300_000, cells = 7;
        var counts = new int[cells];
        for (int i = 0; i < n; i++)
        {
            int v = s.Next(maxValue);
            Assert.InRange(v, 0, maxValue - 1);
            counts[(int)((long)v * cells / maxValue)]++;
        }
        // Cell c holds the values v with floor(7v/max) = c; its exact probability is its value count / max.
        double chi2 = 0;
        for (int c = 0; c < cells; c++)
        {
            long first = ((long)c * maxValue + cells - 1) / cells, next = ((long)(c + 1) * maxValue + cells - 1) / cells;
            double expected = n * (double)(next - first) / maxValue;
            chi2 += (counts[c] - expected) * (counts[c] - expected) / expected;
        }
        Assert.True(chi2 <= ChiSquared.InvCDF(cells - 1, 0.9999), $"chi2 = {chi2:F1}");
    }

    [Fact]
    public void Next_with_bounds_stays_in_range_including_extremes()
    {
        var s = new RandomStream(6, 0, "ranges");
        for (int i = 0; i < 10_000; i++)
        {
            Assert.InRange(s.Next(-3, 4), -3, 3);
            Assert.InRange(s.Next(), 0, int.MaxValue - 1);
            Assert.InRange(s.NextInt64(long.MinValue, long.MaxValue), long.MinValue, long.MaxValue - 1);
            float f = s.NextSingle();
            Assert.True(f >= 0f && f < 1f);
        }
        Assert.Equal(5, s.Next(5, 5));
    }

    [Fact]
    public void Bad_arguments_are_rejected()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new RandomStream(1, -1, "x"));
        Assert.Throws<ArgumentNullException>(() => new RandomStream(1, 0, null!));
        Assert.Throws<ArgumentOutOfRangeException>(() => new RandomStream(1, 0, "x").Next(-1));
        Assert.Throws<ArgumentOutOfRangeException>(() => new RandomStream(1, 0, "x").Next(3, 2));
    }
}
