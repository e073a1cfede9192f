using SpareSim.Core.Distributions;
using SpareSim.Core.Random;

namespace SpareSim.Core.Tests.Distributions;

/// <summary>Checks a sampler against exact moments with tolerances derived from the sample size.</summary>
internal static class SampleAssert
{
    /// <summary>
    /// The law reports the theoretical mean and variance (relative 1e-9), and n draws have
    /// |mean - μ| ≤ 5σ/√n and |s² - σ²| ≤ 5√((μ₄ - σ⁴)/n), the asymptotic standard error of s².
    /// </summary>
    public static void MomentsMatch(IDistribution law, RawMoments theory, ulong seed, int n)
    {
        Close(theory.Mean, law.Mean, 1e-9 * Math.Abs(theory.Mean) + 1e-15, $"{law.Description}: exact mean");
        Close(theory.Variance, law.Variance, 1e-9 * theory.Variance + 1e-15, $"{law.Description}: exact variance");
        var stream = new RandomStream(seed, 0, "moments");
        var (mean, variance) = Welford(n, () => law.Sample(stream));
        CheckSample(law.Description, theory, n, mean, variance);
    }

    /// <summary>The same checks for a discrete law.</summary>
    public static void MomentsMatch(IDiscreteDistribution law, RawMoments theory, ulong seed, int n)
    {
        Close(theory.Mean, law.Mean, 1e-9 * Math.Abs(theory.Mean) + 1e-15, $"{law.Description}: exact mean");
        Close(theory.Variance, law.Variance, 1e-9 * theory.Variance + 1e-15, $"{law.Description}: exact variance");
        var stream = new RandomStream(seed, 0, "moments");
        var (mean, variance) = Welford(n, () => law.Sample(stream));
        CheckSample(law.Description, theory, n, mean, variance);
    }

    public static void Close(double expected, double actual, double tolerance, string what) =>
        Assert.True(Math.Abs(expected - actual) <= tolerance,
            $"{what}: expected {expected:R}, got {actual:R} (difference {Math.Abs(expected - actual):G3} > tolerance {tolerance:G3})");

    private static void CheckSample(string name, RawMoments theory, int n, double mean, double variance)
    {
        double meanTolerance = 5 * Math.Sqrt(theory.Variance / n);
        double varianceTolerance = 5 * Math.Sqrt((theory.CentralFourth - theory.Variance * theory.Variance) / n);
        Close(theory.Mean, mean, meanTolerance, $"{name}: sample mean of {n}");
        Close(theory.Variance, variance, varianceTolerance, $"{name}: sample variance of {n}");
    }

    private static (double Mean, double Variance) Welford(int n, Func<double> draw)
    {
        double mean = 0, ss = 0;
        for (int i = 1; i <= n; i++)
        {
            double x = draw();
            double d = x - mean;
            mean += d / i;
            ss += d * (x - mean);
        }
        return (mean, ss / (n - 1));
    }
}
