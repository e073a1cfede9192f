using MathNet.Numerics;

namespace SpareSim.Analytics.MultiEchelon;

/// <summary>
/// The number of parts in a resupply pipeline with Poisson demand (Palm's theorem): its pmf and
/// cdf, and the backorders (X - s)+ of a stock level s: expected value (EBO) and variance (VBO),
/// the building blocks of METRIC and VARI-METRIC. Probabilities are computed in log space and
/// sums run over the shorter side of s (the tail above s, or the complement below it), so the
/// functions stay accurate and finite for pipeline means of many thousands.
/// </summary>
public static class PoissonPipeline
{
    private const double TailCutoff = 1e-17;

    /// <summary>P(X = k) for X ~ Poisson(mean).</summary>
    public static double Pmf(int k, double mean)
    {
        CheckMean(mean);
        if (k < 0) return 0;
        if (mean == 0) return k == 0 ? 1 : 0;
        return Math.Exp(-mean + k * Math.Log(mean) - SpecialFunctions.GammaLn(k + 1.0));
    }

    private static double PmfAt(long k, double mean) =>
        mean == 0 ? (k == 0 ? 1 : 0) : Math.Exp(-mean + k * Math.Log(mean) - SpecialFunctions.GammaLn(k + 1.0));

    /// <summary>P(X &lt;= s).</summary>
    public static double Cdf(int s, double mean)
    {
        CheckMean(mean);
        if (s < 0) return 0;
        return mean == 0 ? 1 : SpecialFunctions.GammaUpperRegularized(s + 1.0, mean);
    }

    /// <summary>Expected backorders E[(X - s)+] at stock level <paramref name="s"/> (&gt;= 0).</summary>
    public static double ExpectedBackorders(int s, double mean)
    {
        CheckStock(s);
        CheckMean(mean);
        if (s >= mean)
        {
            // The tail above s is short: sum it directly until the terms vanish.
            double sum = 0;
            // long: s + 1 overflows int at s = int.MaxValue.
            for (long k = (long)s + 1; ; k++)
            {
                double term = (k - s) * PmfAt(k, mean);
                sum += term;
                if (k > mean && term < TailCutoff * Math.Max(sum, 1e-300)) break;
            }
            return sum;
        }
        // E[(X - s)+] = E[X - s] + E[(s - X)+]: the complement has s terms.
        double below = 0;
        for (int k = 0; k < s; k++) below += (s - k) * Pmf(k, mean);
        return mean - s + below;
    }

    /// <summary>Variance of the backorders, Var[(X - s)+].</summary>
    public static double BackorderVariance(int s, double mean)
    {
        CheckStock(s);
        CheckMean(mean);
        double ebo = ExpectedBackorders(s, mean);
        double second;
        if (s >= mean)
        {
            second = 0;
            for (long k = (long)s + 1; ; k++)
            {
                double term = (double)(k - s) * (k - s) * PmfAt(k, mean);
                second += term;
                if (k > mean && term < TailCutoff * Math.Max(second, 1e-300)) break;
            }
        }
        else
        {
            // E[(X - s)+^2] = E[(X - s)^2] - E[((s - X)+)^2], with E[(X - s)^2] = mean + (mean - s)^2.
            double below = 0;
            for (int k = 0; k < s; k++) below += (double)(s - k) * (s - k) * Pmf(k, mean);
            second = mean + (mean - s) * (mean - s) - below;
        }
        return Math.Max(0, second - ebo * ebo);
    }

    private static void CheckMean(double mean)
    {
        if (!(mean >= 0) || double.IsInfinity(mean)) throw new ArgumentOutOfRangeException(nameof(mean), mean, "the pipeline mean must be finite and >= 0");
    }

    private static void CheckStock(int s)
    {
        if (s < 0) throw new ArgumentOutOfRangeException(nameof(s), s, "the stock level must be >= 0");
    }
}
