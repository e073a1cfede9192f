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
        double q = (variance - mean) / variance; // 1 − p, without the cancellation of 1 − mean/variance
        double r = mean * mean / (variance - mean);
        if (s >= mean)
        {
            // Short tail: sum it directly (no cancellation when the result is tiny), each term from
            // the previous by P(k+1)/P(k) = (k + r) q / (k + 1). long: s + 1 overflows int at int.MaxValue.
            long k = (long)s + 1;
            double pk = Math.Exp(PreciseLogPmf(k, mean, variance, r, q));
            double sum = 0;
            for (; pk > 0; k++)
            {
                double term = (k - s) * pk;
                sum += term;
                if (k > mean && term < TailCutoff * sum) break;
                pk *= (k + r) * q / (k + 1);
            }
            return sum;
        }
        // E[(X − s)+] = mean − s + E[(s − X)+]. Start where the pmf is above underflow (P(0) = p^r
        // is e^−mean and underflows for means of thousands; the terms skipped are below 1e-130).
        long start = (long)Math.Max(0, Math.Floor(mean - 25 * Math.Sqrt(variance)));
        double below = 0, pj = Math.Exp(PreciseLogPmf(start, mean, variance, r, q));
        for (long j = start; j < s; j++)
        {
            below += (s - j) * pj;
            pj *= (j + r) * q / (j + 1);
        }
        return mean - s + below;
    }

    private static (double R, double P) Parameters(double mean, double variance) => (mean * mean / (variance - mean), mean / variance);

    private static double LogPmf(int k, double r, double p) =>
        SpecialFunctions.GammaLn(k + r) - SpecialFunctions.GammaLn(r) - SpecialFunctions.GammaLn(k + 1.0) + r * Math.Log(p) + k * Math.Log(1 - p);

    // log P(X = k) without the two cancellations that cost digits near the Poisson limit (r huge,
    // q = 1 − p tiny): log Γ(k + r) − log Γ(r) = k log r + Σ_{j<k} log1p(j/r), and r log p =
    // r log1p(−q); k log r + k log q = k log(mean·p). Exact rewriting, O(k) terms; for k beyond
    // 1e6 the Γ form (whose error is then relative to k, not to r) is used.
    private static double PreciseLogPmf(long k, double mean, double variance, double r, double q)
    {
        double rising = 0;
        if (k <= 1_000_000) for (long j = 1; j < k; j++) rising += LogOnePlus(j / r);
        else rising = SpecialFunctions.GammaLn(k + r) - SpecialFunctions.GammaLn(r) - k * Math.Log(r);
        return k * Math.Log(mean * mean / variance) - SpecialFunctions.GammaLn(k + 1.0) + rising + r * LogOnePlus(-q);
    }

    // log(1 + x) to a few ulps for small x (Goldberg's correction: the rounding of 1 + x cancels).
    private static double LogOnePlus(double x)
    {
        double u = 1 + x;
        return u == 1 ? x : Math.Log(u) * x / (u - 1);
    }

    private static void Check(double mean, double variance)
    {
        if (!(mean >= 0) || double.IsInfinity(mean)) throw new ArgumentOutOfRangeException(nameof(mean), mean, "the pipeline mean must be finite and >= 0");
        if (!(variance >= 0) || double.IsInfinity(variance)) throw new ArgumentOutOfRangeException(nameof(variance), variance, "the pipeline variance must be finite and >= 0");
    }
}
