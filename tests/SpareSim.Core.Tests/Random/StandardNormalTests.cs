using SpareSim.Core.Random;

namespace SpareSim.Core.Tests.Random;

public class StandardNormalTests
{
    [Fact]
    public void Moments_and_tail_match_the_standard_normal()
    {
        var stream = new RandomStream(5, 0, "normal");
        const int n = 400_000;
        double sum = 0, sumSq = 0, sum4 = 0;
        int beyond196 = 0;
        for (int i = 0; i < n; i++)
        {
            double z = stream.NextStandardNormal();
            sum += z;
            sumSq += z * z;
            sum4 += z * z * z * z;
            if (Math.Abs(z) > 1.959964) beyond196++;
        }
        double mean = sum / n, variance = sumSq / n - mean * mean;
        Assert.InRange(mean, -5 / Math.Sqrt(n), 5 / Math.Sqrt(n));                  // sd of the mean: 1/sqrt(n)
        Assert.InRange(variance, 1 - 5 * Math.Sqrt(2.0 / n), 1 + 5 * Math.Sqrt(2.0 / n)); // var of s^2: 2/n
        Assert.InRange(sum4 / n, 3 - 5 * Math.Sqrt(96.0 / n), 3 + 5 * Math.Sqrt(96.0 / n)); // E z^4 = 3, Var z^4 = 96
        double p = beyond196 / (double)n;
        Assert.InRange(p, 0.05 - 5 * Math.Sqrt(0.05 * 0.95 / n), 0.05 + 5 * Math.Sqrt(0.05 * 0.95 / n));
    }

    [Fact]
    public void The_spare_of_a_pair_stays_with_its_stream()
    {
        var a = new RandomStream(9, 3, "x");
        var b = new RandomStream(9, 3, "x");
        var other = new RandomStream(9, 3, "y");
        double first = a.NextStandardNormal();
        other.NextStandardNormal(); // drawing from another stream must not change a's sequence
        Assert.Equal(first, b.NextStandardNormal());
        Assert.Equal(b.NextStandardNormal(), a.NextStandardNormal());
    }
}
