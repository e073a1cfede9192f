using SpareSim.Analytics.Fitting;

namespace SpareSim.Analytics.Tests.Fitting;

/// <summary>
/// KS and AD statistics against the textbook formulas, an independent quadrature, and the
/// published constants of their null distributions for a fully specified law (Stephens 1974, as
/// tabulated in D'Agostino &amp; Stephens 1986, Tables 4.2 and 4.7: modified KS
/// D(√n + 0.12 + 0.11/√n) and A² have upper 5% points 1.358 and 2.492; E[A²] = 1 for every n).
/// </summary>
public class GoodnessOfFitTests
{
    private static readonly ExponentialFamily Exp = new();

    private static double LogSurvivalUnitRate(double t) => -t;

    [Fact]
    public void OneObservationGivesTheClosedForms()
    {
        var data = LifeData.Complete([0.5]);
        var stats = GoodnessOfFit.Of(LogSurvivalUnitRate, data, KaplanMeier.Estimate(data));
        double u = 1 - Math.Exp(-0.5);
        Assert.Equal(Math.Max(u, 1 - u), stats.KolmogorovSmirnov, 1e-14);
        Assert.Equal(-1 - Math.Log(u) - Math.Log(1 - u), stats.AndersonDarling, 1e-13);
    }

    [Fact]
    public void CompleteDataMatchTheTextbookSums()
    {
        var random = new Random(11);
        var ages = Enumerable.Range(0, 25).Select(_ => -Math.Log(1 - random.NextDouble()) * 1.3).ToArray();
        var data = LifeData.Complete(ages);
        var stats = GoodnessOfFit.Of(LogSurvivalUnitRate, data, KaplanMeier.Estimate(data));
        var u = ages.Order().Select(t => 1 - Math.Exp(-t)).ToArray();
        int n = u.Length;
        double d = 0, s = 0;
        for (int i = 0; i < n; i++)
        {
            d = Math.Max(d, Math.Max((i + 1.0) / n - u[i], u[i] - (double)i / n));
            s += (2 * i + 1) * (Math.Log(u[i]) + Math.Log(1 - u[n - 1 - i]));
        }
        Assert.Equal(d, stats.KolmogorovSmirnov, 1e-14);
        Assert.Equal(-n - s / n, stats.AndersonDarling, 1e-10);
    }

    [Fact]
    public void CensoredDataMatchAQuadratureOfTheDefinition()
    {
        // A² = n ∫ (Fn − F)² / (F(1 − F)) dF over [0, F(τ)], by the midpoint rule in u = F(t).
        var data = new LifeData([new(0.2, true), new(0.9, false), new(1.4, true), new(0.5, true), new(2.2, false), new(1.1, true), new(3.0, false)]);
        var km = KaplanMeier.Estimate(data);
        var stats = GoodnessOfFit.Of(LogSurvivalUnitRate, data, km);
        double top = 1 - Math.Exp(-3.0), sum = 0, sup = 0;
        int m = 400_000;
        for (int i = 0; i < m; i++)
        {
            double uu = (i + 0.5) / m * top;
            double fn = km.CdfAt(-Math.Log(1 - uu));
            sum += (fn - uu) * (fn - uu) / (uu * (1 - uu));
            sup = Math.Max(sup, Math.Abs(fn - uu));
        }
        Assert.Equal(data.Count * sum * top / m, stats.AndersonDarling, 2e-4);
        Assert.Equal(sup, stats.KolmogorovSmirnov, 1e-5);
    }

    [Fact]
    public void NullDistributionForAFullySpecifiedLawMatchesThePublishedConstants()
    {
        const int samples = 2000, n = 40;
        var random = new Random(2026);
        int ksReject = 0, adReject = 0;
        double adSum = 0, adSumSq = 0;
        double modifier = Math.Sqrt(n) + 0.12 + 0.11 / Math.Sqrt(n);
        for (int r = 0; r < samples; r++)
        {
            var data = LifeDataSimulator.Draw(Exp, [1.0], n, 0, random);
            var stats = GoodnessOfFit.Of(LogSurvivalUnitRate, data, KaplanMeier.Estimate(data));
            if (stats.KolmogorovSmirnov * modifier > 1.358) ksReject++;
            if (stats.AndersonDarling > 2.492) adReject++;
            adSum += stats.AndersonDarling;
            adSumSq += stats.AndersonDarling * stats.AndersonDarling;
        }
        double binomialSe = Math.Sqrt(0.05 * 0.95 / samples);
        Assert.InRange(ksReject / (double)samples, 0.05 - 4.5 * binomialSe, 0.05 + 4.5 * binomialSe);
        Assert.InRange(adReject / (double)samples, 0.05 - 4.5 * binomialSe, 0.05 + 4.5 * binomialSe);
        double mean = adSum / samples, se = Math.Sqrt((adSumSq / samples - mean * mean) / samples);
        Assert.InRange(mean, 1 - 4.5 * se, 1 + 4.5 * se);
    }

    [Fact]
    public void BootstrapPValuesAreUniformUnderTheNullAndSmallForTheWrongFamily()
    {
        // Weibull data with shape 3 fitted by an exponential: clearly rejected. Exponential data
        // fitted by an exponential: a p-value that is not small.
        var random = new Random(8);
        var weibull = LifeDataSimulator.Draw(new WeibullFamily(), [3, 10], 150, 0.02, random);
        var wrong = ParametricBootstrap.Run(MaximumLikelihood.Fit(Exp, weibull), weibull, 99, seed: 1);
        Assert.Equal(0.01, wrong.AndersonDarlingP, 1e-12);
        Assert.Equal(0.01, wrong.KolmogorovSmirnovP, 1e-12);

        var expData = LifeDataSimulator.Draw(Exp, [0.1], 150, 0.05, random);
        var right = ParametricBootstrap.Run(MaximumLikelihood.Fit(Exp, expData), expData, 99, seed: 2);
        Assert.True(right.AndersonDarlingP > 0.05 && right.KolmogorovSmirnovP > 0.05, $"{right}");
        Assert.Equal(99, right.Replicates);
    }

    [Fact]
    public void The_bootstrap_reports_each_replicate_and_stops_between_replicates_when_cancelled()
    {
        var data = LifeDataSimulator.Draw(Exp, [0.1], 50, 0.0, new Random(3));
        var fit = MaximumLikelihood.Fit(Exp, data);
        var seen = new List<int>();
        var result = ParametricBootstrap.Run(fit, data, 20, seed: 4, progress: seen.Add);
        Assert.Equal(Enumerable.Range(0, 21), seen);
        // Reporting progress changes nothing of the result.
        Assert.Equal(ParametricBootstrap.Run(fit, data, 20, seed: 4), result);

        using var cancel = new CancellationTokenSource();
        var started = new List<int>();
        Assert.Throws<OperationCanceledException>(() => ParametricBootstrap.Run(fit, data, 20, seed: 4, done =>
        {
            started.Add(done);
            if (done == 5) cancel.Cancel();
        }, cancel.Token));
        Assert.Equal(Enumerable.Range(0, 6), started); // replicate 6 never started
    }
}
