using MathNet.Numerics;

namespace SpareSim.Core.Distributions;

/// <summary>Numerically careful helpers behind the exact moments of some distributions.</summary>
internal static class SpecialMath
{
    private const double InvSqrt2Pi = 0.39894228040143267794;

    /// <summary>exp(x) - 1 without the cancellation of the naive form for small |x| (.NET has no Math.ExpM1).</summary>
    public static double ExpM1(double x)
    {
        if (Math.Abs(x) >= 1e-5) return Math.Exp(x) - 1.0;
        return x * (1.0 + x * (0.5 + x / 6.0));
    }

    /// <summary>Standard normal density φ(x).</summary>
    public static double NormalDensity(double x) => InvSqrt2Pi * Math.Exp(-0.5 * x * x);

    /// <summary>
    /// The inverse Mills ratio λ(a) = φ(a) / (1 - Φ(a)): the mean of a standard normal truncated below at a.
    /// Uses erfc up to a = 30 and, beyond, the continued fraction (1-Φ)/φ = 1/(a+1/(a+2/(a+3/(a+...)))),
    /// which converges fast for large a and avoids the underflow of erfc.
    /// </summary>
    public static double InverseMillsRatio(double a)
    {
        if (a < 30)
        {
            double tail = 0.5 * SpecialFunctions.Erfc(a / Math.Sqrt(2.0));
            return tail > 0 ? NormalDensity(a) / tail : a;
        }
        double f = a;
        for (int k = 60; k >= 1; k--) f = a + k / f;
        return f;
    }
}
