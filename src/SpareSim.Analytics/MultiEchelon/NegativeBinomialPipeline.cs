using MathNet.Numerics;

namespace SpareSim.Analytics.MultiEchelon;

/// <summary>
/// A pipeline fitted by its mean and variance, as VARI-METRIC does: a negative binomial when the
/// variance exceeds the mean, else Poisson (the variance of a METRIC pipeline never falls below its
/// mean, so the Poisson branch is the equal-variance limit). Parametrized by r = mean²/(var − mean)
/// and success probability p = mean/var, so P(X = k) = Γ(k + r)/(Γ(r) k!) p^r (1 − p)^k.
/// </summary>
public static class NegativeBinomialPipeline
{
    // Below this relative excess variance the negative binomial is Poisson to double precision.
    private const double PoissonLimit = 1e-9;
    private const double TailCutoff = 1e-17;

    /// <summary>True when the fit is Poisson (variance at most the mean, to a relative 1e-9).</summary>
    public static bool IsPoisson(double mean, double variance) => variance <= mean * (1 + PoissonLimit);

    /// <summary>P(X = k).</summary>
    public static double Pmf(int k, double mean, double variance)
    {
        Check(mean, variance);
        if (IsPoisson(mean, variance)) return PoissonPipeline.Pmf(k, mean);
        if (k < 0) return 0;
        var (r, p) = Parameters(mean, variance);
        return Math.Exp(LogPmf(k, r, p));
    }

    /// <summary>P(X &lt;= s) = I_p(r, s + 1).</summary>
    public static double Cdf(int s, double mean, double variance)
    {
        Check(mean, variance);
        if (IsPoisson(mean, variance)) return PoissonPipeline.Cdf(s, mean);
        if (s < 0) return 0;
        var (r, p) = Parameters(mean, variance);
        return SpecialFunctions.BetaRegularized(r, s + 1.0, p);
    }

    /// <summary>E[(X − s)+] at stock level <paramref name="s"/> (&gt;= 0).</summary>
    public static double ExpectedBackorders(int s, double mean, double variance)
    {
        Check(mean, variance);
        if (s < 0) throw new ArgumentOutOfRangeException(nameof(s), s, "the stock level must be >= 0");
        if (IsPoisson(mean, variance)) return PoissonPipeline.ExpectedBackorders(s, mean);
        var (r, p) = Parameters(mean, variance);
        if (s >= mean)
        {
            // Short tail: sum it directly (no cancellation when the result is tiny).
            double sum = 0;
            for (int k = s + 1; ; k++)
            {
                double term = (k - s) * Math.Exp(LogPmf(k, r, p));
                sum += term;
                if (k > mean && term < TailCutoff * Math.Max(sum, 1e-300)) break;
            }
            return sum;
        }
        double below = 0, pk = Math.Exp(LogPmf(0, r, p));
        for (int k = 0; k < s; k++)
        {
            below += (s - k) * pk;
            pk *= (k + r) / (k + 1) * (1 - p);
        }
        return mean - s + below;
    }

    private static (double R, double P) Parameters(double mean, double variance) => (mean * mean / (variance - mean), mean / variance);

    private static double LogPmf(int k, double r, double p) =>
        SpecialFunctions.GammaLn(k + r) - SpecialFunctions.GammaLn(r) - SpecialFunctions.GammaLn(k + 1.0) + r * Math.Log(p) + k * Math.Log(1 - p);

    private static void Check(double mean, double variance)
    {
        if (!(mean >= 0) || double.IsInfinity(mean)) throw new ArgumentOutOfRangeException(nameof(mean), mean, "the pipeline mean must be finite and >= 0");
        if (!(variance >= 0) || double.IsInfinity(variance)) throw new ArgumentOutOfRangeException(nameof(variance), variance, "the pipeline variance must be finite and >= 0");
    }
}
