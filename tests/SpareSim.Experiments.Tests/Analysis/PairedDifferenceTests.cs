using SpareSim.Core.Random;
using SpareSim.Experiments.Analysis;

namespace SpareSim.Experiments.Tests.Analysis;

public sealed class PairedDifferenceTests
{
    [Fact]
    public void Matches_hand_computed_paired_t()
    {
        // Differences 1, 2, 3, 4, 5: mean 3, s = √2.5, half-width 2.7764451·√(2.5/5) = 1.9632432.
        var d = PairedDifference.Of([11.0, 12.0, 13.0, 14.0, 15.0], [10.0, 10.0, 10.0, 10.0, 10.0]);
        Assert.Equal(3.0, d.MeanDifference, 14);
        Assert.Equal(1.9632432, d.ConfidenceInterval.HalfWidth, 6);
        Assert.True(d.IsSignificant);
        Assert.True(double.IsNaN(d.Correlation)); // second sample is constant
    }

    [Fact]
    public void Common_random_numbers_give_a_narrower_interval_than_unpaired()
    {
        // Each replication shares a large common effect (sd 10) between the scenarios, plus small
        // independent noise (sd 0.5); scenario A is 1 higher. Paired differences cancel the common effect.
        const int n = 30;
        var a = new double[n];
        var b = new double[n];
        for (int r = 0; r < n; r++)
        {
            var common = new RandomStream(5, r, "demand");
            var own = new RandomStream(5, r, "noise");
            double shared = 10 * MathNet.Numerics.Distributions.Normal.Sample(common, 0, 1);
            a[r] = 100 + shared + 1 + 0.5 * MathNet.Numerics.Distributions.Normal.Sample(own, 0, 1);
            b[r] = 100 + shared + 0.5 * MathNet.Numerics.Distributions.Normal.Sample(own, 0, 1);
        }
        var paired = PairedDifference.Of(a, b);
        var unpaired = UnpairedDifference.Of(a, b);
        Assert.Equal(unpaired.MeanDifference, paired.MeanDifference, 10);
        // Theory: paired sd of A-B is √(0.5²+0.5²) ≈ 0.71 against √(2·(100+0.25)) ≈ 14.2 unpaired.
        Assert.True(paired.ConfidenceInterval.HalfWidth * 5 < unpaired.ConfidenceInterval.HalfWidth,
            $"paired {paired.ConfidenceInterval.HalfWidth:G4} vs unpaired {unpaired.ConfidenceInterval.HalfWidth:G4}");
        Assert.True(paired.Correlation > 0.99);
        Assert.True(paired.ConfidenceInterval.Contains(1.0));
        Assert.True(paired.IsSignificant);
        Assert.False(unpaired.ConfidenceInterval.Low > 0);
    }

    [Fact]
    public void Welch_interval_matches_hand_computation()
    {
        // A = 1..5 (mean 3, s² 2.5), B = 2, 4, 6 (mean 4, s² 4): v = 0.5 + 4/3, ν = v²/(0.5²/4 + (4/3)²/2) = 3.5328.
        var d = UnpairedDifference.Of([1.0, 2.0, 3.0, 4.0, 5.0], [2.0, 4.0, 6.0]);
        double v = 0.5 + 4.0 / 3;
        double nu = v * v / (0.25 / 4 + 16.0 / 9 / 2);
        Assert.Equal(-1.0, d.MeanDifference, 14);
        Assert.Equal(nu, d.DegreesOfFreedom, 12);
        Assert.Equal(ConfidenceInterval.TQuantile(0.95, nu) * Math.Sqrt(v), d.ConfidenceInterval.HalfWidth, 12);
    }

    [Fact]
    public void Mismatched_lengths_are_rejected() =>
        Assert.Equal("second", Assert.Throws<ArgumentException>(() => PairedDifference.Of([1.0, 2.0], [1.0])).ParamName);
}
