using MathNet.Numerics;
using SpareSim.Core.Distributions;
using Normal = MathNet.Numerics.Distributions.Normal;

namespace SpareSim.Core.Tests.Distributions;

/// <summary>A law under test with its textbook raw moments and distribution function, written independently of the code.</summary>
internal sealed record ContinuousCase(Func<IDistribution> Create, RawMoments Moments, Func<double, double> Cdf);

/// <summary>The continuous cases, covering each sampler branch (e.g. both Erlang and both truncated-normal methods).</summary>
internal static class ContinuousCases
{
    private static double Factorial(int k) => k <= 1 ? 1 : k * Factorial(k - 1);

    private static double RisingFactorial(double a, int k) => k == 0 ? 1 : (a + k - 1) * RisingFactorial(a, k - 1);

    private static RawMoments GammaMoments(double shape, double rate) =>
        RawMoments.FromFunction(k => RisingFactorial(shape, k) / Math.Pow(rate, k));

    private static double GammaCdf(double shape, double rate, double x) =>
        x <= 0 ? 0 : SpecialFunctions.GammaLowerRegularized(shape, rate * x);

    private static RawMoments TruncatedNormalMoments(double mu, double sigma, double a)
    {
        // Standard normal truncated at α: m_k = (k-1) m_{k-2} + α^{k-1} φ(α)/(1-Φ(α)).
        double alpha = (a - mu) / sigma;
        double lambda = Normal.PDF(0, 1, alpha) / (1 - Normal.CDF(0, 1, alpha));
        var m = new double[5];
        m[0] = 1;
        m[1] = lambda;
        for (int k = 2; k <= 4; k++) m[k] = (k - 1) * m[k - 2] + Math.Pow(alpha, k - 1) * lambda;
        return RawMoments.FromFunction(k =>
        {
            double sum = 0;
            for (int j = 0; j <= k; j++) sum += SpecialFunctions.Binomial(k, j) * Math.Pow(mu, k - j) * Math.Pow(sigma, j) * m[j];
            return sum;
        });
    }

    private static double TruncatedNormalCdf(double mu, double sigma, double a, double x)
    {
        if (x <= a) return 0;
        double tailAtA = 1 - Normal.CDF(mu, sigma, a);
        return (Normal.CDF(mu, sigma, x) - Normal.CDF(mu, sigma, a)) / tailAtA;
    }

    public static readonly IReadOnlyDictionary<string, ContinuousCase> All = new Dictionary<string, ContinuousCase>
    {
        ["exponential-mean2"] = new(() => Exponential.FromMean(2),
            RawMoments.FromFunction(k => Factorial(k) * Math.Pow(2, k)), x => x <= 0 ? 0 : 1 - Math.Exp(-x / 2)),
        ["erlang-3-mean2-product"] = new(() => Erlang.FromMean(3, 2),
            GammaMoments(3, 1.5), x => GammaCdf(3, 1.5, x)),
        ["erlang-15-rate5-gamma-path"] = new(() => Erlang.FromPhaseRate(15, 5),
            GammaMoments(15, 5), x => GammaCdf(15, 5, x)),
        ["gamma-shape0.5-rate0.25"] = new(() => Gamma.FromShapeAndRate(0.5, 0.25),
            GammaMoments(0.5, 0.25), x => GammaCdf(0.5, 0.25, x)),
        ["gamma-shape2.5-mean3"] = new(() => Gamma.FromShapeAndMean(2.5, 3),
            GammaMoments(2.5, 2.5 / 3), x => GammaCdf(2.5, 2.5 / 3, x)),
        ["weibull-shape0.8-scale2"] = new(() => Weibull.FromShapeAndScale(0.8, 2),
            RawMoments.FromFunction(k => Math.Pow(2, k) * SpecialFunctions.Gamma(1 + k / 0.8)), x => x <= 0 ? 0 : 1 - Math.Exp(-Math.Pow(x / 2, 0.8))),
        ["weibull-shape2.5-scale10"] = new(() => Weibull.FromShapeAndScale(2.5, 10),
            RawMoments.FromFunction(k => Math.Pow(10, k) * SpecialFunctions.Gamma(1 + k / 2.5)), x => x <= 0 ? 0 : 1 - Math.Exp(-Math.Pow(x / 10, 2.5))),
        ["lognormal-mu0.5-sigma0.6"] = new(() => LogNormal.FromLogParameters(0.5, 0.6),
            RawMoments.FromFunction(k => Math.Exp(k * 0.5 + k * k * 0.36 / 2)), x => x <= 0 ? 0 : Normal.CDF(0.5, 0.6, Math.Log(x))),
        ["uniform-1-3"] = new(() => Uniform.FromBounds(1, 3),
            RawMoments.FromFunction(k => RawMoments.UniformMoment(1, 3, k)), x => Math.Clamp((x - 1) / 2, 0, 1)),
        ["truncnormal-alpha-minus1-rejection"] = new(() => TruncatedNormal.FromParent(1, 1, 0),
            TruncatedNormalMoments(1, 1, 0), x => TruncatedNormalCdf(1, 1, 0, x)),
        ["truncnormal-alpha0-robert"] = new(() => TruncatedNormal.FromParent(0, 1, 0),
            TruncatedNormalMoments(0, 1, 0), x => TruncatedNormalCdf(0, 1, 0, x)),
        ["truncnormal-alpha2.5-robert"] = new(() => TruncatedNormal.FromParent(3, 2, 8),
            TruncatedNormalMoments(3, 2, 8), x => TruncatedNormalCdf(3, 2, 8, x)),
        ["hyperexponential-0.3-1-5"] = new(() => Hyperexponential.FromPhases(0.3, 1, 5),
            RawMoments.FromFunction(k => Factorial(k) * (0.3 / Math.Pow(1, k) + 0.7 / Math.Pow(5, k))),
            x => x <= 0 ? 0 : 1 - 0.3 * Math.Exp(-x) - 0.7 * Math.Exp(-5 * x)),
    };

    public static TheoryData<string> Names
    {
        get
        {
            var data = new TheoryData<string>();
            foreach (string name in All.Keys) data.Add(name);
            return data;
        }
    }
}
