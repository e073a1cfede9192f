using SpareSim.Core.Random;
using SpareSim.Experiments.Analysis;
using Normal = MathNet.Numerics.Distributions.Normal;

namespace SpareSim.Experiments.Tests.Analysis;

public sealed class Mser5Tests
{
    [Fact]
    public void Matches_a_hand_computed_example()
    {
        // Batch means Z = 10, 1, 3, 1, 3, 1, 3, 2 (each batch is five equal values), then 3 trailing values
        // that do not fill a batch. k = 8, d = 0..4:
        // MSER(0) = 62/64, MSER(1) = 6/49, MSER(2) = (29/6)/36, MSER(3) = 4/25, MSER(4) = 2.75/16 -> d* = 1.
        double[] z = [10, 1, 3, 1, 3, 1, 3, 2];
        var series = z.SelectMany(v => Enumerable.Repeat(v, 5)).Concat([100.0, 100.0, 100.0]).ToArray();
        var w = Mser5.Find(series);
        Assert.Equal(8, w.BatchCount);
        Assert.Equal(1, w.DeletedBatches);
        Assert.Equal(5, w.TruncationIndex);
        Assert.Equal(6.0 / 49, w.Statistic, 14);
        Assert.Equal(2.0, w.TruncatedMean, 14);
        Assert.False(w.IsAtSearchLimit);
        var times = Enumerable.Range(0, series.Length).Select(i => 0.5 * i).ToArray(); // observed every 0.5 time units
        Assert.Equal(2.5, w.TruncationTime(times));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    public void Finds_the_end_of_an_exponentially_decaying_bias(int seedBlock)
    {
        // x_t = 10·exp(-t/50) + N(0,1), n = 2000. The bias exceeds the noise sd up to t ≈ 115 and is below
        // 1% of it after t ≈ 345: the truncation must fall in [100, 350].
        for (int rep = 4 * seedBlock; rep < 4 * seedBlock + 4; rep++)
        {
            var s = new RandomStream(2024, rep, "mser-decay");
            var x = new double[2000];
            for (int t = 0; t < x.Length; t++) x[t] = 10 * Math.Exp(-t / 50.0) + Normal.Sample(s, 0, 1);
            var w = Mser5.Find(x);
            Assert.InRange(w.TruncationIndex, 100, 350);
            Assert.Equal(x[w.TruncationIndex..].Average(), w.TruncatedMean, 12);
        }
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    public void Finds_the_end_of_an_AR1_transient(int seedBlock)
    {
        // X_t = 0.9·X_{t-1} + N(0,1), X_0 = 500, n = 5000; steady-state mean 0. The SE of the steady-state
        // mean is about 1/(1-0.9)/√5000 = 0.14; deleting d observations leaves a bias of the kept mean of
        // about 500·0.9^(d+1)·10/5000 = 0.9^(d+1), below one SE only for d ≥ 18. By t = 120 the bias of a
        // single observation is under 0.01, so more than 500 (10% of the run) is over-truncation.
        for (int rep = 4 * seedBlock; rep < 4 * seedBlock + 4; rep++)
        {
            var s = new RandomStream(2024, rep, "mser-ar1");
            var x = new double[5000];
            double v = 500;
            for (int t = 0; t < x.Length; t++) x[t] = v = 0.9 * v + Normal.Sample(s, 0, 1);
            Assert.InRange(Mser5.Find(x).TruncationIndex, 18, 500);
        }
    }

    [Fact]
    public void Truncates_little_when_there_is_no_transient()
    {
        for (int rep = 0; rep < 20; rep++)
        {
            var s = new RandomStream(2024, rep, "mser-stationary");
            var x = new double[2000];
            for (int t = 0; t < x.Length; t++) x[t] = Normal.Sample(s, 0, 1);
            Assert.InRange(Mser5.Find(x).TruncationIndex, 0, 200);
        }
    }

    [Fact]
    public void A_trend_that_never_settles_hits_the_search_limit()
    {
        var x = Enumerable.Range(0, 1000).Select(t => (double)t).ToArray();
        var w = Mser5.Find(x);
        Assert.True(w.IsAtSearchLimit);
        Assert.Equal(100, w.DeletedBatches); // k = 200, search up to k/2
    }

    [Fact]
    public void Too_short_or_bad_series_are_rejected()
    {
        Assert.Equal("series", Assert.Throws<ArgumentException>(() => Mser5.Find(new double[9])).ParamName);
        Assert.Equal("series", Assert.Throws<ArgumentException>(() => Mser5.Find([1, 2, 3, 4, 5, 6, 7, 8, 9, double.NaN])).ParamName);
    }
}
