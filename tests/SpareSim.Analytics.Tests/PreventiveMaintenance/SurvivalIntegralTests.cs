using SpareSim.Analytics.PreventiveMaintenance;

namespace SpareSim.Analytics.Tests.PreventiveMaintenance;

public class SurvivalIntegralTests
{
    [Theory]
    [InlineData(600, 5)]
    [InlineData(160, 5)]
    [InlineData(80, 5)]
    [InlineData(300, 2)]
    public void QuadratureMatchesIncompleteGammaClosedForm(double alpha, double beta)
    {
        var law = new WeibullLifetime(alpha, beta);
        var table = new SurvivalIntegral(law, SurvivalIntegral.HorizonFor(law));
        foreach (double t in new[] { 1.0, 30, 110.5, 333.25, 591, 1000.7, table.Horizon })
            Assert.Equal(law.ExactSurvivalIntegral(t), table.At(t), 1e-9);
    }

    [Fact]
    public void ShapeOneIsTheExponentialClosedForm()
    {
        // ∫_0^t e^{-u/α} du = α(1 − e^{-t/α}).
        var law = new WeibullLifetime(50, 1);
        var table = new SurvivalIntegral(law, SurvivalIntegral.HorizonFor(law));
        foreach (double t in new[] { 0.5, 7, 49.9, 200 })
            Assert.Equal(50 * (1 - Math.Exp(-t / 50)), table.At(t), 1e-10);
        Assert.Equal(50, law.Mean, 1e-12);
    }

    [Fact]
    public void BaseCaseMomentsAsInTheSpec()
    {
        // Spec A.9: μ_r = 551 (550.9), Weibull(160, 5) has mean 146.9 (the thesis's 110 is an erratum), F_r(30) = 3.1e-7, F_p(30) = 2.3e-4.
        var i = PmInstance.BaseCase();
        Assert.Equal(550.9, i.Regular.Mean, 0.05);
        Assert.Equal(146.9, i.Printed.Mean, 0.05);
        Assert.Equal(3.1e-7, 1 - i.Regular.Survival(30), 0.05e-7);
        Assert.Equal(2.3e-4, 1 - i.Printed.Survival(30), 0.05e-4);
    }
}
