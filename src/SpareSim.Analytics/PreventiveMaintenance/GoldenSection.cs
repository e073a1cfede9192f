namespace SpareSim.Analytics.PreventiveMaintenance;

/// <summary>Golden-section search for the minimum of a function on an interval (unimodal there).</summary>
internal static class GoldenSection
{
    private static readonly double InverseRatio = (Math.Sqrt(5) - 1) / 2;

    /// <summary>The minimiser and minimum of <paramref name="f"/> on [lo, hi]; the bracket shrinks by 0.618 per iteration.</summary>
    public static (double X, double Value) Minimize(Func<double, double> f, double lo, double hi, int iterations = 48)
    {
        if (hi <= lo) return (lo, f(lo));
        double x1 = hi - InverseRatio * (hi - lo), x2 = lo + InverseRatio * (hi - lo);
        double f1 = f(x1), f2 = f(x2);
        for (int k = 0; k < iterations; k++)
        {
            if (f1 <= f2)
            {
                hi = x2; x2 = x1; f2 = f1;
                x1 = hi - InverseRatio * (hi - lo); f1 = f(x1);
            }
            else
            {
                lo = x1; x1 = x2; f1 = f2;
                x2 = lo + InverseRatio * (hi - lo); f2 = f(x2);
            }
        }
        return f1 <= f2 ? (x1, f1) : (x2, f2);
    }
}
