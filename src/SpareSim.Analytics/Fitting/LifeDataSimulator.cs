using MathNet.Numerics.RootFinding;

namespace SpareSim.Analytics.Fitting;

/// <summary>
/// Draws life data from a known law: failure ages by inversion of the family's CDF, right
/// censoring by independent exponential censoring ages whose rate is solved for a target censored
/// fraction. Used by the recovery studies and tests; every draw comes from the caller's generator.
/// </summary>
public static class LifeDataSimulator
{
    private const int QuadraturePoints = 4000;

    /// <summary>
    /// <paramref name="count"/> records from <paramref name="family"/> at <paramref name="theta"/>,
    /// each censored by an independent exponential age of rate <paramref name="censoringRate"/>
    /// (0: no censoring). Retries a draw without failures (possible under heavy censoring) so the
    /// result is always fittable.
    /// </summary>
    public static LifeData Draw(LifeFamily family, double[] theta, int count, double censoringRate, Random random)
    {
        ArgumentNullException.ThrowIfNull(family);
        ArgumentNullException.ThrowIfNull(random);
        if (count < 1) throw new ArgumentOutOfRangeException(nameof(count), count, "count must be at least 1");
        while (true)
        {
            var records = new LifeObservation[count];
            bool anyFailure = false;
            for (int i = 0; i < count; i++)
            {
                double t = family.Quantile(theta, OpenUniform(random));
                double c = censoringRate > 0 ? -Math.Log(OpenUniform(random)) / censoringRate : double.PositiveInfinity;
                records[i] = t <= c ? new LifeObservation(t, true) : new LifeObservation(c, false);
                anyFailure |= t <= c;
            }
            if (anyFailure) return new LifeData(records);
        }
    }

    /// <summary>
    /// The exponential censoring rate λ with P(C &lt; T) = <paramref name="fraction"/>, i.e.
    /// 1 − E[exp(−λT)] = fraction, E by the midpoint rule over T's quantiles, λ by Brent's method.
    /// </summary>
    public static double CensoringRateFor(LifeFamily family, double[] theta, double fraction)
    {
        ArgumentNullException.ThrowIfNull(family);
        if (!(fraction >= 0 && fraction < 1)) throw new ArgumentOutOfRangeException(nameof(fraction), fraction, "fraction must be in [0, 1)");
        if (fraction == 0) return 0;
        var quantiles = new double[QuadraturePoints];
        for (int i = 0; i < QuadraturePoints; i++) quantiles[i] = family.Quantile(theta, (i + 0.5) / QuadraturePoints);
        double CensoredShare(double logRate)
        {
            double rate = Math.Exp(logRate), sum = 0;
            foreach (double q in quantiles) sum += Math.Exp(-rate * q);
            return 1 - sum / QuadraturePoints - fraction;
        }
        double logMean = Math.Log(family.Mean(theta));
        return Math.Exp(Brent.FindRootExpand(CensoredShare, -logMean - 2, -logMean + 2, 1e-10, 200, 1.6, 100));
    }

    /// <summary>A uniform draw in (0, 1), never 0, so that inversion stays finite.</summary>
    internal static double OpenUniform(Random random)
    {
        double u;
        do u = random.NextDouble(); while (u == 0);
        return u;
    }
}
