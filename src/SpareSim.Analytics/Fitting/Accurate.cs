namespace SpareSim.Analytics.Fitting;

/// <summary>
/// exp(x) − 1 and log(1 + x) without the cancellation of the naive forms (which .NET's
/// double.ExpM1/LogP1 are), by Kahan's correction: survival probabilities near 1 and CDF values
/// near 0 need them for the Anderson–Darling weights and the censored likelihood terms.
/// </summary>
internal static class Accurate
{
    public static double ExpM1(double x)
    {
        double u = Math.Exp(x);
        if (u == 1.0) return x;
        double um1 = u - 1.0;
        if (um1 == -1.0) return -1.0;
        return double.IsInfinity(u) ? u : um1 * x / Math.Log(u);
    }

    public static double Log1P(double x)
    {
        double u = 1.0 + x;
        return u == 1.0 ? x : Math.Log(u) * x / (u - 1.0);
    }
}
