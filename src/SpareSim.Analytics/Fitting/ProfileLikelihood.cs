using MathNet.Numerics.RootFinding;

namespace SpareSim.Analytics.Fitting;

/// <summary>
/// Profile-likelihood intervals: the values v of one parameter (on the optimiser's scale) with
/// 2(ℓ̂ − max over the others ℓ(v, ·)) ≤ χ²₁(level). Each end is bracketed by stepping out from
/// the estimate in multiples of its standard error and then found by MathNet's Brent root finder;
/// an end that is not reached within 2¹² standard errors is reported as unbounded.
/// </summary>
internal static class ProfileLikelihood
{
    private const int MaxExpansions = 12;

    public static (double Low, double High) Interval(LifeFamily family, LifeData data, double[] free, bool[] held, int index, double maxLogLikelihood, double freeSe, double critical)
    {
        bool[] hold = (bool[])held.Clone();
        hold[index] = true;
        double[] warm = (double[])free.Clone();

        double Deficit(double v)
        {
            var start = (double[])warm.Clone();
            start[index] = v;
            var (best, ll) = LikelihoodMaximiser.Maximise(family, data, start, hold);
            if (double.IsFinite(ll)) warm = best; // the next point starts from this optimum of the others
            return 2 * (maxLogLikelihood - ll) - critical;
        }

        double step = double.IsFinite(freeSe) && freeSe > 0 ? freeSe : 0.1;
        return (End(-1), End(+1));

        double End(int direction)
        {
            warm = (double[])free.Clone();
            double inner = free[index], outer = free[index] + direction * 2 * step;
            for (int e = 0; Deficit(outer) < 0; e++)
            {
                if (e == MaxExpansions) return direction * double.PositiveInfinity;
                inner = outer;
                outer = free[index] + direction * 2 * step * Math.Pow(2, e + 1);
            }
            double accuracy = 1e-7 * Math.Max(1, Math.Abs(free[index]));
            return Brent.FindRoot(Deficit, Math.Min(inner, outer), Math.Max(inner, outer), accuracy, 200);
        }
    }
}
