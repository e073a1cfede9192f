using MathNet.Numerics;
using SpareSim.Analytics.LifeCycleCost;

namespace SpareSim.Analytics.Tests.LifeCycleCost;

public class ErlangLossTests
{
    /// <summary>g from its definition (a^S/S!)/Σ a^i/i!, summed in log space with ln Γ.</summary>
    private static double Direct(int s, double a)
    {
        double logTop = s * Math.Log(a) - SpecialFunctions.GammaLn(s + 1);
        double max = double.NegativeInfinity;
        var terms = new double[s + 1];
        for (int i = 0; i <= s; i++) { terms[i] = i * Math.Log(a) - SpecialFunctions.GammaLn(i + 1); max = Math.Max(max, terms[i]); }
        double sum = terms.Sum(t => Math.Exp(t - max));
        return Math.Exp(logTop - max - Math.Log(sum));
    }

    [Theory]
    [InlineData(0, 3.0)]
    [InlineData(1, 0.5)]
    [InlineData(5, 2.0)]
    [InlineData(30, 30.0)]
    [InlineData(50, 30.0)]
    [InlineData(200, 180.0)]
    [InlineData(1200, 1000.0)]
    [InlineData(5000, 5200.0)]
    public void Matches_the_definition_for_small_and_large_load(int s, double a)
    {
        double g = ErlangLoss.Probability(s, a);
        Assert.True(double.IsFinite(g) && g > 0 && g <= 1);
        Assert.Equal(Direct(s, a), g, 1e-12 + 1e-10 * g);
    }

    [Fact]
    public void Small_cases_by_hand()
    {
        Assert.Equal(1.0, ErlangLoss.Probability(0, 7));
        Assert.Equal(2.0 / 3.0, ErlangLoss.Probability(1, 2), 15); // a/(1+a)
        Assert.Equal(2.0 / 5.0, ErlangLoss.Probability(2, 2), 15); // (4/2)/(1+2+2)
        Assert.Equal(0.0, ErlangLoss.Probability(3, 0));
        // The spec's DES note (§3.5): a = 30 gives 0.2453, 0.1325, 0.0538 at S = 25, 30, 35.
        Assert.Equal(0.2453, ErlangLoss.Probability(25, 30), 4);
        Assert.Equal(0.1325, ErlangLoss.Probability(30, 30), 4);
        Assert.Equal(0.0538, ErlangLoss.Probability(35, 30), 4);
    }

    [Fact]
    public void Vector_form_agrees_and_bad_input_is_refused()
    {
        var all = ErlangLoss.Probabilities(40, 12.5);
        for (int s = 0; s <= 40; s++) Assert.Equal(ErlangLoss.Probability(s, 12.5), all[s], 15);
        Assert.Throws<ArgumentOutOfRangeException>(() => ErlangLoss.Probability(-1, 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => ErlangLoss.Probability(1, -1));
        Assert.Throws<ArgumentOutOfRangeException>(() => ErlangLoss.Probability(1, double.NaN));
    }
}
