using SpareSim.Core.Distributions;

namespace SpareSim.Core.Tests.Distributions;

public sealed class LeadTimeDistributionsTests
{
    [Theory]
    [InlineData("deterministic", 0.0, typeof(Deterministic))]
    [InlineData("exponential", 1.0, typeof(Exponential))]
    [InlineData("Erlang", 0.5, typeof(Erlang))]
    [InlineData("gamma", 0.8, typeof(Gamma))]
    [InlineData("weibull", 1.5, typeof(Weibull))]
    [InlineData("lognormal", 2.0, typeof(LogNormal))]
    [InlineData("uniform", 0.3, typeof(Uniform))]
    [InlineData("truncatednormal", 0.4, typeof(TruncatedNormal))]
    [InlineData(" HyperExponential ", 1.5, typeof(Hyperexponential))]
    public void Builds_each_family_with_the_requested_mean_and_cv(string family, double cv, Type expected)
    {
        var law = LeadTimeDistributions.FromMeanAndCv(family, 7.5, cv);
        Assert.IsType(expected, law);
        SampleAssert.Close(7.5, law.Mean, 1e-9 * 7.5, $"{family} mean");
        SampleAssert.Close(cv, Math.Sqrt(law.Variance) / law.Mean, 1e-7 * Math.Max(cv, 1e-9), $"{family} cv");
    }

    [Theory]
    [InlineData("exponential", 1.0, 0.5, "cv", "exponential")]
    [InlineData("gamma", 0.0, 0.5, "mean", "positive")]
    [InlineData("gamma", -2.0, 0.5, "mean", "positive")]
    [InlineData("lognormal", 1.0, -0.1, "cv", "non-negative")]
    [InlineData("uniform", 1.0, 0.9, "cv", "uniform")]
    [InlineData("hyperexponential", 1.0, 0.5, "cv", "hyperexponential")]
    [InlineData("erlang", 1.0, 0.6, "cv", "integer")]
    [InlineData("deterministic", 1.0, 0.2, "cv", "deterministic")]
    [InlineData("pareto", 1.0, 1.0, "family", "unknown")]
    public void Bad_input_names_the_parameter_and_the_reason(string family, double mean, double cv, string parameter, string reason)
    {
        var e = Assert.ThrowsAny<ArgumentException>(() => LeadTimeDistributions.FromMeanAndCv(family, mean, cv));
        Assert.Equal(parameter, e.ParamName);
        Assert.Contains(reason, e.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Every_listed_family_is_accepted()
    {
        foreach (string family in LeadTimeDistributions.Families)
        {
            double cv = family switch { "deterministic" => 0, "exponential" or "hyperexponential" => 1, _ => 0.5 };
            Assert.Equal(2.0, LeadTimeDistributions.FromMeanAndCv(family, 2.0, cv).Mean, 9);
        }
    }
}
