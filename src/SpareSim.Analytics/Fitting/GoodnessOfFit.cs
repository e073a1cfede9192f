namespace SpareSim.Analytics.Fitting;

/// <summary>
/// Kolmogorov–Smirnov and Anderson–Darling distances between the Kaplan–Meier estimate and a
/// fitted law (conditional on survival to the smallest entry age, as the estimate is). On complete
/// data they are the textbook statistics; with censoring they run over the observed range up to
/// the largest age (the form of Koziol–Green and Pettitt–Stephens for censored samples), and their
/// null distribution is obtained by the parametric bootstrap, never from tables.
/// A² is integrated exactly: on a segment where Fₙ = c the integrand (c − u)²/(u(1 − u)) has the
/// antiderivative −u − (1 − c)² ln(1 − u) + c² ln u, with ln(1 − u) = log S taken from the law
/// itself so that the far tail does not round to ln 0.
/// </summary>
public static class GoodnessOfFit
{
    /// <summary>The statistics of <paramref name="fit"/> against <paramref name="data"/>.</summary>
    public static GoodnessOfFitStatistics Of(FittedLaw fit, LifeData data)
    {
        ArgumentNullException.ThrowIfNull(fit);
        ArgumentNullException.ThrowIfNull(data);
        var theta = fit.Parameters.ToArray();
        return Of(t => fit.Family.LogSurvival(theta, t), data, KaplanMeier.Estimate(data));
    }

    /// <summary>The statistics of the law with log-survival <paramref name="logSurvival"/> against <paramref name="data"/> and its estimate <paramref name="km"/>.</summary>
    public static GoodnessOfFitStatistics Of(Func<double, double> logSurvival, LifeData data, KaplanMeier km)
    {
        ArgumentNullException.ThrowIfNull(logSurvival);
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(km);
        double origin = logSurvival(data.MinimumEntry);
        double Conditional(double t) => Math.Min(0, logSurvival(t) - origin);
        double tau = data.Observations.Max(o => o.Time);
        bool complete = km.Survival.Count > 0 && km.Survival[^1] == 0;

        // Segment ends on the log-survival scale, and the empirical CDF on each segment.
        var ends = new List<double> { 0 };
        var levels = new List<double> { 0 };
        for (int j = 0; j < km.Times.Count; j++)
        {
            ends.Add(Conditional(km.Times[j]));
            levels.Add(1 - km.Survival[j]);
        }
        ends.Add(complete ? double.NegativeInfinity : Conditional(tau));

        double ks = 0, ad = 0;
        for (int s = 0; s < levels.Count; s++)
        {
            double c = levels[s], a = ends[s], b = ends[s + 1];
            if (b > a) b = a; // a law flat beyond the estimate's support: empty segment
            ks = Math.Max(ks, Math.Max(Math.Abs(c - CdfOf(a)), Math.Abs(c - CdfOf(b))));
            ad += Antiderivative(b, c) - Antiderivative(a, c);
        }
        return new GoodnessOfFitStatistics(ks, data.Count * ad);
    }

    private static double CdfOf(double logSurvival) => -Accurate.ExpM1(logSurvival);

    /// <summary>−u − (1 − c)² ln(1 − u) + c² ln u at u = 1 − exp(ls), with the 0·∞ limits taken as 0.</summary>
    private static double Antiderivative(double logSurvival, double c)
    {
        double u = CdfOf(logSurvival);
        double upper = c == 1 ? 0 : -(1 - c) * (1 - c) * logSurvival;
        double lower = c == 0 ? 0 : c * c * Math.Log(u);
        return -u + upper + lower;
    }
}
