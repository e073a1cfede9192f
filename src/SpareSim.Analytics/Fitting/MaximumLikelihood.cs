using MathNet.Numerics.Distributions;
using MathNet.Numerics.LinearAlgebra;

namespace SpareSim.Analytics.Fitting;

/// <summary>
/// Maximum-likelihood fitting of a <see cref="LifeFamily"/> to censored, left-truncated life
/// data, with standard errors from the observed information (central finite differences of the
/// log-likelihood on the optimiser's scale) and, on request, profile-likelihood intervals.
/// </summary>
public static class MaximumLikelihood
{
    /// <summary>Relative step of the finite-difference Hessian on the log scale.</summary>
    private const double HessianStep = 1e-4;

    /// <summary>
    /// Fits <paramref name="family"/> to <paramref name="data"/>; intervals at confidence
    /// <paramref name="level"/>. Throws <see cref="InvalidOperationException"/> if no finite
    /// likelihood is found (e.g. a family that cannot describe the data).
    /// </summary>
    public static FittedLaw Fit(LifeFamily family, LifeData data, IntervalMethod intervals = IntervalMethod.Wald, double level = 0.95)
    {
        ArgumentNullException.ThrowIfNull(family);
        ArgumentNullException.ThrowIfNull(data);
        if (!(level > 0 && level < 1)) throw new ArgumentOutOfRangeException(nameof(level), level, "level must be in (0, 1)");
        var (free, logLikelihood, held) = family is ErlangFamily ? FitErlang(family, data) : FitFree(family, data);
        var theta = family.FromFree(free);
        for (int j = 0; j < theta.Length; j++) if (held[j]) theta[j] = Math.Round(theta[j]); // exp(log k) is k only to rounding
        double z = Normal.InvCDF(0, 1, 0.5 + level / 2);
        var freeSe = FreeStandardErrors(family, data, free, held);
        var estimates = new List<ParameterEstimate>();
        for (int j = 0; j < theta.Length; j++)
        {
            if (held[j])
            {
                estimates.Add(new ParameterEstimate(family.ParameterNames[j], theta[j], double.NaN, double.NaN, double.NaN, double.NaN, double.NaN, IsFixed: true));
                continue;
            }
            double se = freeSe[j];
            bool positive = family.IsPositive(j);
            double naturalSe = positive ? theta[j] * se : se;
            double waldLow = ToNatural(positive, free[j] - z * se), waldHigh = ToNatural(positive, free[j] + z * se);
            double profileLow = double.NaN, profileHigh = double.NaN;
            if (intervals == IntervalMethod.Profile)
            {
                double critical = ChiSquared.InvCDF(1, level);
                (double lo, double hi) = ProfileLikelihood.Interval(family, data, free, held, j, logLikelihood, se, critical);
                profileLow = ToNatural(positive, lo);
                profileHigh = ToNatural(positive, hi);
            }
            estimates.Add(new ParameterEstimate(family.ParameterNames[j], theta[j], naturalSe, waldLow, waldHigh, profileLow, profileHigh, IsFixed: false));
        }
        return new FittedLaw(family, theta, estimates, logLikelihood, data.Count, data.Failures);
    }

    private static double ToNatural(bool positive, double free) => positive ? Math.Exp(free) : free;

    private static (double[] Free, double LogLikelihood, bool[] Held) FitFree(LifeFamily family, LifeData data)
    {
        var held = new bool[family.ParameterNames.Count];
        var (free, ll) = LikelihoodMaximiser.Maximise(family, data, family.ToFree(family.InitialGuess(data)), held);
        return (free, ll, held);
    }

    /// <summary>
    /// The phase count is scanned upward from 1 with the phase rate fitted for each; the profile
    /// log-likelihood in k is unimodal in practice, so the scan stops once it has fallen 4 below
    /// the best (an AIC difference of 8).
    /// </summary>
    private static (double[] Free, double LogLikelihood, bool[] Held) FitErlang(LifeFamily family, LifeData data)
    {
        bool[] held = [true, false];
        double mean = data.TotalTimeOnTest / data.Failures;
        double[] best = [];
        double bestLl = double.NegativeInfinity;
        for (int k = 1; k <= ErlangFamily.MaxPhases; k++)
        {
            double[] start = [Math.Log(k), Math.Log(k / mean)];
            if (best.Length > 0) start[1] = best[1] + Math.Log(k / Math.Exp(best[0]));
            var (free, ll) = LikelihoodMaximiser.Maximise(family, data, start, held);
            if (ll > bestLl)
            {
                bestLl = ll;
                best = free;
            }
            else if (ll < bestLl - 4) break;
        }
        return (best, bestLl, held);
    }

    /// <summary>Standard errors on the optimiser's scale: √diag of the inverse observed information (NaN if singular).</summary>
    internal static double[] FreeStandardErrors(LifeFamily family, LifeData data, double[] free, bool[] held)
    {
        int[] moving = Enumerable.Range(0, free.Length).Where(i => !held[i]).ToArray();
        var result = Enumerable.Repeat(double.NaN, free.Length).ToArray();
        int m = moving.Length;
        var information = Matrix<double>.Build.Dense(m, m);
        double f0 = LikelihoodMaximiser.Evaluate(family, data, free);
        double At(int a, double da, int b, double db)
        {
            var x = (double[])free.Clone();
            x[moving[a]] += da;
            if (b >= 0) x[moving[b]] += db;
            return LikelihoodMaximiser.Evaluate(family, data, x);
        }
        for (int a = 0; a < m; a++)
        {
            double h = HessianStep * Math.Max(1, Math.Abs(free[moving[a]]));
            information[a, a] = -(At(a, h, -1, 0) - 2 * f0 + At(a, -h, -1, 0)) / (h * h);
            for (int b = a + 1; b < m; b++)
            {
                double g = HessianStep * Math.Max(1, Math.Abs(free[moving[b]]));
                double cross = (At(a, h, b, g) - At(a, h, b, -g) - At(a, -h, b, g) + At(a, -h, b, -g)) / (4 * h * g);
                information[a, b] = information[b, a] = -cross;
            }
        }
        MathNet.Numerics.LinearAlgebra.Factorization.Cholesky<double> cholesky;
        try
        {
            cholesky = information.Cholesky();
        }
        catch (ArgumentException)
        {
            return result; // not positive definite: the optimum is flat or not a maximum in some direction
        }
        var covariance = cholesky.Solve(Matrix<double>.Build.DenseIdentity(m));
        for (int a = 0; a < m; a++) result[moving[a]] = covariance[a, a] > 0 ? Math.Sqrt(covariance[a, a]) : double.NaN;
        return result;
    }
}
