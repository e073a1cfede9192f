using SpareSim.Analytics.Fitting;

namespace SpareSim.Analytics.Tests.Fitting;

/// <summary>
/// Reduced recovery checks (the full grid is experiments/fit-recovery.json): data simulated from
/// known laws with censoring; 95% intervals must cover the true parameters at 0.95 within 4.5
/// binomial standard errors of the repetition count, and the true family must win AIC most often.
/// </summary>
public class RecoveryCoverageTests
{
    private static void AssertNominal(int covered, int repetitions, string what)
    {
        double se = Math.Sqrt(0.95 * 0.05 / repetitions);
        double rate = covered / (double)repetitions;
        Assert.True(Math.Abs(rate - 0.95) <= 4.5 * se, $"{what}: coverage {rate:F3} over {repetitions}, allowed 0.95 ± {4.5 * se:F3}");
    }

    [Theory]
    [InlineData("weibull", 1.8, 100.0, 200, 0.3)]
    [InlineData("lognormal", 4.0, 0.6, 200, 0.3)]
    [InlineData("gamma", 2.5, 0.05, 200, 0.7)]
    public void WaldIntervalsCoverAtTheNominalRate(string name, double a, double b, int n, double censored)
    {
        var family = LifeFamilies.Find(name)!;
        var cell = RecoveryCoverage.Run(family, [a, b], n, censored, 150, seed: 17, IntervalMethod.Wald, []);
        Assert.InRange(cell.CensoredShare, censored - 0.03, censored + 0.03);
        for (int j = 0; j < 2; j++) AssertNominal(cell.WaldCovered[j], cell.Repetitions, $"{name} {family.ParameterNames[j]}");
    }

    [Fact]
    public void ProfileIntervalsCoverAtSmallSamplesWithHeavyCensoring()
    {
        var cell = RecoveryCoverage.Run(new WeibullFamily(), [1.8, 100], 50, 0.7, 120, seed: 3, IntervalMethod.Profile, []);
        AssertNominal(cell.ProfileCovered[0], cell.Repetitions, "weibull shape (profile)");
        AssertNominal(cell.ProfileCovered[1], cell.Repetitions, "weibull scale (profile)");
        var exp = RecoveryCoverage.Run(new ExponentialFamily(), [0.01], 50, 0.7, 200, seed: 4, IntervalMethod.Profile, []);
        AssertNominal(exp.ProfileCovered[0], exp.Repetitions, "exponential rate (profile)");
    }

    [Fact]
    public void ErlangPhaseCountAndRateAreRecovered()
    {
        var cell = RecoveryCoverage.Run(new ErlangFamily(), [3, 0.05], 500, 0.3, 60, seed: 9, IntervalMethod.Wald, []);
        Assert.True(cell.FixedRecovered >= 40, $"phase count right in {cell.FixedRecovered}/60");
        Assert.Equal(-1, cell.WaldCovered[0]);
        // The rate interval is conditional on the estimated phase count; only when that is right can it cover.
        Assert.True(cell.WaldCovered[1] <= cell.FixedRecovered + 3);
    }

    [Fact]
    public void TheTrueFamilyWinsAicMostOftenAtFiveHundred()
    {
        IReadOnlyList<LifeFamily> rivals = [new ExponentialFamily(), new WeibullFamily(), new LogNormalFamily(), new GammaFamily()];
        var weibull = RecoveryCoverage.Run(new WeibullFamily(), [1.8, 100], 500, 0.3, 20, seed: 5, IntervalMethod.Wald, rivals);
        Assert.True(weibull.AicWins["weibull"] > 10, string.Join(", ", weibull.AicWins));
        var lognormal = RecoveryCoverage.Run(new LogNormalFamily(), [4, 0.6], 500, 0.3, 20, seed: 6, IntervalMethod.Wald, rivals);
        Assert.True(lognormal.AicWins["lognormal"] > 10, string.Join(", ", lognormal.AicWins));
    }
}
