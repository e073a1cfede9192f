using SpareSim.Analytics.Fitting;

namespace SpareSim.Analytics.Tests.Fitting;

/// <summary>Fits and estimators checked against closed forms and hand computations.</summary>
public class ClosedFormFitTests
{
    [Fact]
    public void ExponentialMleWithCensoringAndTruncationIsFailuresOverTimeOnTest()
    {
        // 4 failures, 3 still running, two units observed from a later age.
        var data = new LifeData([
            new(12, true), new(30, true), new(7, true, 2), new(55, true),
            new(40, false), new(80, false, 10), new(25, false),
        ]);
        double exposure = 12 + 30 + (7 - 2) + 55 + 40 + (80 - 10) + 25;
        double rate = 4 / exposure;
        var fit = MaximumLikelihood.Fit(new ExponentialFamily(), data, IntervalMethod.Profile);
        Assert.Equal(rate, fit.Parameters[0], rate * 1e-6);
        // Observed information d/λ², so SE = λ/√d.
        Assert.Equal(rate / 2, fit.Estimates[0].StandardError, rate * 1e-4);
        // ℓ(λ) = d log λ − λ·TTT: the profile ends solve 2(ℓ̂ − ℓ) = χ²₁(0.95) = 3.841459.
        double Deficit(double l) => 2 * ((4 * Math.Log(rate) - 4) - (4 * Math.Log(l) - l * exposure));
        Assert.Equal(3.841459, Deficit(fit.Estimates[0].ProfileLow), 1e-4);
        Assert.Equal(3.841459, Deficit(fit.Estimates[0].ProfileHigh), 1e-4);
        Assert.True(fit.Estimates[0].ProfileLow < rate && rate < fit.Estimates[0].ProfileHigh);
        Assert.Equal(2 - 2 * (4 * Math.Log(rate) - 4), fit.Aic, 1e-6);
        Assert.Equal(Math.Log(7) - 2 * (4 * Math.Log(rate) - 4), fit.Bic, 1e-6);
    }

    [Fact]
    public void WeibullWithShapeOneIsTheExponentialOnCompleteData()
    {
        // Complete exponential-looking data: the Weibull likelihood at k = 1 equals the exponential
        // one, and the Weibull optimum can only be higher.
        double[] ages = [0.3, 1.1, 2.5, 0.7, 4.2, 0.05, 1.9, 3.3, 0.9, 1.4];
        var data = LifeData.Complete(ages);
        var exp = MaximumLikelihood.Fit(new ExponentialFamily(), data);
        var weibull = MaximumLikelihood.Fit(new WeibullFamily(), data);
        Assert.Equal(ages.Length / ages.Sum(), exp.Parameters[0], 1e-6);
        Assert.True(weibull.LogLikelihood >= exp.LogLikelihood - 1e-9);
        double atShapeOne = new WeibullFamily().LogLikelihood([1.0, ages.Average()], data);
        Assert.Equal(exp.LogLikelihood, atShapeOne, 1e-9);
    }

    [Fact]
    public void LogNormalMleOnCompleteDataIsTheMomentsOfTheLogs()
    {
        double[] ages = [3.1, 8.4, 1.2, 5.5, 2.2, 13.0, 4.4, 6.1, 0.9, 7.3, 2.8];
        var logs = ages.Select(a => Math.Log(a)).ToArray();
        double mu = logs.Average();
        double sigma = Math.Sqrt(logs.Sum(l => (l - mu) * (l - mu)) / logs.Length);
        var fit = MaximumLikelihood.Fit(new LogNormalFamily(), LifeData.Complete(ages));
        Assert.Equal(mu, fit.Parameters[0], 1e-6);
        Assert.Equal(sigma, fit.Parameters[1], 1e-6);
        // Observed information of (μ, log σ) is diag(n/σ², 2n): SE(μ) = σ/√n, SE(σ) = σ/√(2n).
        Assert.Equal(sigma / Math.Sqrt(ages.Length), fit.Estimates[0].StandardError, 1e-4);
        Assert.Equal(sigma / Math.Sqrt(2 * ages.Length), fit.Estimates[1].StandardError, 1e-4);
    }

    [Fact]
    public void GammaMleSatisfiesItsScoreEquations()
    {
        // Complete-data gamma MLE: ψ(α) − log α = mean(log x) − log(mean x), β = α / mean x.
        double[] ages = [2.1, 3.4, 1.7, 5.2, 2.9, 4.4, 3.8, 1.2, 2.5, 6.1, 3.0, 2.2];
        var fit = MaximumLikelihood.Fit(new GammaFamily(), LifeData.Complete(ages));
        double alpha = fit.Parameters[0], beta = fit.Parameters[1];
        double lhs = MathNet.Numerics.SpecialFunctions.DiGamma(alpha) - Math.Log(alpha);
        double rhs = ages.Average(a => Math.Log(a)) - Math.Log(ages.Average());
        Assert.Equal(rhs, lhs, 1e-6);
        Assert.Equal(alpha / ages.Average(), beta, 1e-5 * beta);
    }

    [Fact]
    public void ErlangFitPicksThePhaseCountOfBestLikelihood()
    {
        var random = new Random(5);
        var family = new ErlangFamily();
        var data = LifeDataSimulator.Draw(family, [4, 0.4], 2000, 0, random);
        var fit = MaximumLikelihood.Fit(family, data);
        Assert.True(fit.Estimates[0].IsFixed);
        int k = (int)fit.Parameters[0];
        // With k fixed the rate MLE is k/mean; neighbours have lower likelihood.
        double mean = data.Observations.Average(o => o.Time);
        Assert.Equal(k / mean, fit.Parameters[1], 1e-5 * fit.Parameters[1]);
        foreach (int other in new[] { k - 1, k + 1 })
            Assert.True(family.LogLikelihood([other, other / mean], data) < fit.LogLikelihood);
        Assert.InRange(k, 3, 5);
    }
}
