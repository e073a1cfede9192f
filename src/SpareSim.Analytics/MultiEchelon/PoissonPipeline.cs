using MathNet.Numerics;

namespace SpareSim.Analytics.MultiEchelon;

/// <summary>
/// Poisson pipeline helpers for METRIC-type models: pmf, cdf, expected backorders
/// EBO(s) = E[(X − s)+] and the variance of backorders for X ~ Poisson(mean). All evaluations use
/// log-space probabilities or incomplete gamma functions and short recursions, never factorials,
/// so they stay accurate for large means (hundreds and beyond).
/// </summary>
public static class PoissonPipeline
{
    private const double RelativeTolerance = 1e-17;

    /// <summary>P(X = x) for X ~ Poisson(<paramref name="mean"/>); computed in log space.</summary>
    public static double Pmf(int x, double mean)
    {
        Validate(mean);
        if (x < 0) return 0.0;
        if (mean == 0.0) return x == 0 ? 1.0 : 0.0;
        return Math.Exp(x * Math.Log(mean) - mean - SpecialFunctions.GammaLn(x + 1.0));
    }

    /// <summary>P(X ≤ s) for X ~ Poisson(<paramref name="mean"/>) via the regularized upper incomplete gamma Q(s + 1, mean).</summary>
    public static double Cdf(int s, double mean)
    {
        Validate(mean);
        if (s < 0) return 0.0;
        if (mean == 0.0) return 1.0;
        return SpecialFunctions.GammaUpperRegularized(s + 1.0, mean);
    }

    /// <summary>P(X &gt; s) for X ~ Poisson(<paramref name="mean"/>) via the regularized lower incomplete gamma P(s + 1, mean).</summary>
    public static double Survival(int s, double mean)
    {
        Validate(mean);
        if (s < 0) return 1.0;
        if (mean == 0.0) return 0.0;
        return SpecialFunctions.GammaLowerRegularized(s + 1.0, mean);
    }

    /// <summary>
    /// Expected backorders EBO(s) = E[(X − s)+] with X ~ Poisson(<paramref name="mean"/>) and stock
    /// <paramref name="stock"/>. For s &lt; mean it uses the finite form mean − s + Σ_{x&lt;s}(s − x)p(x);
    /// otherwise the tail sum Σ_{x&gt;s}(x − s)p(x); both sums have only non-negative terms.
    /// </summary>
    public static double ExpectedBackorders(int stock, double mean)
    {
        Validate(mean);
        if (stock <= 0) return mean - stock;
        if (mean == 0.0) return 0.0;
        if (stock < mean)
        {
            double sum = 0.0, p = Pmf(0, mean);
            for (int x = 0; x < stock; x++)
            {
                sum += (stock - x) * p;
                p *= mean / (x + 1);
            }
            return mean - stock + sum;
        }
        return TailMoment(stock, mean, 1);
    }

    /// <summary>E[((X − s)+)²] for X ~ Poisson(<paramref name="mean"/>) and stock <paramref name="stock"/>.</summary>
    public static double SecondMomentOfBackorders(int stock, double mean)
    {
        Validate(mean);
        if (stock <= 0) return mean + (mean - stock) * (mean - stock);
        if (mean == 0.0) return 0.0;
        if (stock < mean)
        {
            double sum = 0.0, p = Pmf(0, mean);
            for (int x = 0; x < stock; x++)
            {
                sum += (double)(stock - x) * (stock - x) * p;
                p *= mean / (x + 1);
            }
            return Math.Max(0.0, mean + (mean - stock) * (mean - stock) - sum);
        }
        return TailMoment(stock, mean, 2);
    }

    /// <summary>Variance of backorders VBO(s) = E[((X − s)+)²] − EBO(s)².</summary>
    public static double VarianceOfBackorders(int stock, double mean)
    {
        double ebo = ExpectedBackorders(stock, mean);
        return Math.Max(0.0, SecondMomentOfBackorders(stock, mean) - ebo * ebo);
    }

    /// <summary>Σ_{x&gt;s}(x − s)^power p(x), for s ≥ mean where the terms decrease geometrically.</summary>
    private static double TailMoment(int stock, double mean, int power)
    {
        double p = Pmf(stock + 1, mean), sum = 0.0;
        for (int x = stock + 1; ; x++)
        {
            double d = x - stock;
            double term = (power == 1 ? d : d * d) * p;
            sum += term;
            if (term <= RelativeTolerance * sum || p == 0.0) break;
            p *= mean / (x + 1);
        }
        return sum;
    }

    private static void Validate(double mean)
    {
        if (!(mean >= 0.0) || double.IsInfinity(mean))
            throw new ArgumentOutOfRangeException(nameof(mean), mean, "Poisson mean must be finite and non-negative.");
    }
}
