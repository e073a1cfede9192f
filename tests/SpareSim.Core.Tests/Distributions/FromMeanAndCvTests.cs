using MathNet.Numerics;
using SpareSim.Core.Distributions;
using Normal = MathNet.Numerics.Distributions.Normal;

namespace SpareSim.Core.Tests.Distributions;

/// <summary>
/// FromMeanAndCv round trips, checked analytically: the mean and cv are recomputed in the test from the
/// constructed law's own parameters with textbook formulas (not from its Mean/Variance properties).
/// </summary>
public sealed class FromMeanAndCvTests
{
    public static TheoryData<double, double> MeanCvPairs(params double[] cvs)
    {
        var data = new TheoryData<double, double>();
        foreach (double mean in new[] { 0.25, 3.0, 40.0 })
            foreach (double cv in cvs) data.Add(mean, cv);
        return data;
    }

    public static TheoryData<double, double> AnyCv => MeanCvPairs(0.05, 0.3, 0.7, 1.0, 1.8, 4.0);

    public static TheoryData<double, double> CvBelowOne => MeanCvPairs(0.05, 0.2, 0.5, 0.75, 0.95);

    public static TheoryData<double, double> CvAtLeastOne => MeanCvPairs(1.0, 1.2, 2.0, 5.0);

    private static void AssertMeanAndCv(double mean, double cv, double actualMean, double actualCv, double relTol = 1e-9)
    {
        SampleAssert.Close(mean, actualMean, relTol * mean, "mean");
        SampleAssert.Close(cv, actualCv, relTol * cv, "cv");
    }

    [Theory]
    [MemberData(nameof(AnyCv))]
    public void Gamma_round_trips(double mean, double cv)
    {
        var law = Gamma.FromMeanAndCv(mean, cv);
        AssertMeanAndCv(mean, cv, law.Shape / law.Rate, 1 / Math.Sqrt(law.Shape));
    }

    [Theory]
    [MemberData(nameof(AnyCv))]
    public void Weibull_round_trips(double mean, double cv)
    {
        var law = Weibull.FromMeanAndCv(mean, cv);
        double g1 = SpecialFunctions.Gamma(1 + 1 / law.Shape), g2 = SpecialFunctions.Gamma(1 + 2 / law.Shape);
        AssertMeanAndCv(mean, cv, law.Scale * g1, Math.Sqrt(g2 / (g1 * g1) - 1), relTol: 1e-8);
    }

    [Fact]
    public void Weibull_shape_is_one_for_cv_one_and_two_for_the_Rayleigh_cv()
    {
        SampleAssert.Close(1, Weibull.FromMeanAndCv(2, 1).Shape, 1e-12, "exponential shape");
        SampleAssert.Close(2, Weibull.FromMeanAndCv(2, Math.Sqrt(4 / Math.PI - 1)).Shape, 1e-10, "Rayleigh shape");
    }

    [Theory]
    [MemberData(nameof(AnyCv))]
    public void LogNormal_round_trips(double mean, double cv)
    {
        var law = LogNormal.FromMeanAndCv(mean, cv);
        double s2 = law.Sigma * law.Sigma;
        AssertMeanAndCv(mean, cv, Math.Exp(law.Mu + s2 / 2), Math.Sqrt(Math.Exp(s2) - 1), relTol: 1e-8);
    }

    [Theory]
    [InlineData(3.0, 0.1)]
    [InlineData(3.0, 0.5)]
    [InlineData(0.2, 0.57735026918962573)]
    public void Uniform_round_trips(double mean, double cv)
    {
        var law = Uniform.FromMeanAndCv(mean, cv);
        Assert.True(law.Lower >= 0);
        AssertMeanAndCv(mean, cv, (law.Lower + law.Upper) / 2, (law.Upper - law.Lower) / Math.Sqrt(12) / mean);
    }

    [Theory]
    [MemberData(nameof(CvBelowOne))]
    public void Truncated_normal_round_trips(double mean, double cv)
    {
        var law = TruncatedNormal.FromMeanAndCv(mean, cv);
        Assert.Equal(0, law.LowerBound);
        double mu = law.ParentMean, sigma = law.ParentStandardDeviation, alpha = -mu / sigma;
        double lambda = Normal.PDF(0, 1, alpha) / (1 - Normal.CDF(0, 1, alpha));
        double tMean = mu + sigma * lambda;
        double tVar = sigma * sigma * (1 + alpha * lambda - lambda * lambda);
        AssertMeanAndCv(mean, cv, tMean, Math.Sqrt(tVar) / tMean, relTol: 1e-7);
    }

    [Fact]
    public void Truncated_normal_with_the_half_normal_cv_has_parent_mean_zero()
    {
        var law = TruncatedNormal.FromMeanAndCv(2, Math.Sqrt(Math.PI / 2 - 1));
        SampleAssert.Close(0, law.ParentMean, 1e-9, "parent mean");
        SampleAssert.Close(2 / Math.Sqrt(2 / Math.PI), law.ParentStandardDeviation, 1e-9, "parent sd");
    }

    [Theory]
    [MemberData(nameof(CvAtLeastOne))]
    public void Hyperexponential_round_trips_with_balanced_means(double mean, double cv)
    {
        var law = Hyperexponential.FromMeanAndCv(mean, cv);
        double p = law.FirstPhaseProbability, r1 = law.FirstRate, r2 = law.SecondRate;
        SampleAssert.Close(p / r1, (1 - p) / r2, 1e-12 * mean, "balanced means");
        double m1 = p / r1 + (1 - p) / r2, m2 = 2 * p / (r1 * r1) + 2 * (1 - p) / (r2 * r2);
        AssertMeanAndCv(mean, cv, m1, Math.Sqrt(m2 - m1 * m1) / m1);
    }

    [Theory]
    [InlineData(1.0, 1)]
    [InlineData(0.5, 4)]
    [InlineData(0.57735026918962573, 3)] // 1/√3 in double precision: 1/cv² = 2.9999999999999996
    [InlineData(0.1, 100)]
    public void Erlang_takes_the_exact_phase_count(double cv, int phases)
    {
        var law = Erlang.FromMeanAndCv(6, cv);
        Assert.Equal(phases, law.Phases);
        SampleAssert.Close(6, law.Phases / law.PhaseRate, 1e-12, "mean");
    }

    [Theory]
    [InlineData(0.6)]
    [InlineData(1.2)]
    [InlineData(0)]
    public void Erlang_rejects_a_cv_without_integer_phases(double cv)
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => Erlang.FromMeanAndCv(1, cv));
        Assert.Equal("cv", e.ParamName);
    }

    [Fact]
    public void Deterministic_accepts_only_cv_zero()
    {
        Assert.Equal(5, Deterministic.FromMeanAndCv(5, 0).Value);
        Assert.Equal("cv", Assert.Throws<ArgumentOutOfRangeException>(() => Deterministic.FromMeanAndCv(5, 0.1)).ParamName);
    }

    [Fact]
    public void Impossible_cvs_are_rejected_naming_cv()
    {
        Assert.Equal("cv", Assert.Throws<ArgumentOutOfRangeException>(() => Uniform.FromMeanAndCv(1, 0.6)).ParamName);
        Assert.Equal("cv", Assert.Throws<ArgumentOutOfRangeException>(() => Hyperexponential.FromMeanAndCv(1, 0.99)).ParamName);
        Assert.Equal("cv", Assert.Throws<ArgumentOutOfRangeException>(() => TruncatedNormal.FromMeanAndCv(1, 1)).ParamName);
        Assert.Equal("cv", Assert.Throws<ArgumentOutOfRangeException>(() => Weibull.FromMeanAndCv(1, 1e-6)).ParamName);
        Assert.Equal("cv", Assert.Throws<ArgumentOutOfRangeException>(() => Gamma.FromMeanAndCv(1, 0)).ParamName);
        Assert.Equal("mean", Assert.Throws<ArgumentOutOfRangeException>(() => LogNormal.FromMeanAndCv(-1, 1)).ParamName);
    }
}
