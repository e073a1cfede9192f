namespace SpareSim.Analytics.Fitting;

/// <summary>
/// The Kaplan–Meier (product-limit) estimate of the survival function from right-censored,
/// left-truncated records: at each distinct failure age t, S drops by the factor 1 − d/r, where d
/// failed at t and r were at risk (entered before t and neither failed nor left before t; a unit
/// censored at t counts as at risk at t). With left truncation the estimate is conditional on
/// survival to the smallest entry age. Greenwood's formula gives the standard errors.
/// </summary>
public sealed class KaplanMeier
{
    private KaplanMeier(double[] times, int[] atRisk, int[] events, double[] survival, double[] standardErrors)
    {
        Times = times;
        AtRisk = atRisk;
        Events = events;
        Survival = survival;
        StandardErrors = standardErrors;
    }

    /// <summary>The distinct failure ages, increasing.</summary>
    public IReadOnlyList<double> Times { get; }

    /// <summary>The number at risk at each failure age.</summary>
    public IReadOnlyList<int> AtRisk { get; }

    /// <summary>The number of failures at each failure age.</summary>
    public IReadOnlyList<int> Events { get; }

    /// <summary>S just after each failure age.</summary>
    public IReadOnlyList<double> Survival { get; }

    /// <summary>Greenwood standard error of S at each failure age.</summary>
    public IReadOnlyList<double> StandardErrors { get; }

    /// <summary>The estimate from the failures of <paramref name="data"/>.</summary>
    public static KaplanMeier Estimate(LifeData data)
    {
        ArgumentNullException.ThrowIfNull(data);
        return Estimate(data.Observations, failuresAreEvents: true);
    }

    /// <summary>
    /// The estimate of the censoring law (censorings as the events, failures as the censored ones),
    /// which the parametric bootstrap samples censoring ages from.
    /// </summary>
    internal static KaplanMeier EstimateCensoring(LifeData data) => Estimate(data.Observations, failuresAreEvents: false);

    /// <summary>S(t): 1 before the first failure age, constant between failure ages.</summary>
    public double SurvivalAt(double t)
    {
        int i = LastIndexAtOrBefore(t);
        return i < 0 ? 1 : Survival[i];
    }

    /// <summary>The empirical CDF 1 − S(t).</summary>
    public double CdfAt(double t) => 1 - SurvivalAt(t);

    private int LastIndexAtOrBefore(double t)
    {
        int lo = 0, hi = Times.Count - 1, found = -1;
        while (lo <= hi)
        {
            int mid = (lo + hi) / 2;
            if (Times[mid] <= t) { found = mid; lo = mid + 1; }
            else hi = mid - 1;
        }
        return found;
    }

    private static KaplanMeier Estimate(IReadOnlyList<LifeObservation> observations, bool failuresAreEvents)
    {
        var eventTimes = observations.Where(o => o.Failed == failuresAreEvents).Select(o => o.Time).Distinct().Order().ToArray();
        var exits = observations.Select(o => o.Time).Order().ToArray();
        var entries = observations.Select(o => o.Entry).Order().ToArray();
        var eventCounts = observations.Where(o => o.Failed == failuresAreEvents).GroupBy(o => o.Time).ToDictionary(g => g.Key, g => g.Count());
        int m = eventTimes.Length;
        var atRisk = new int[m];
        var events = new int[m];
        var survival = new double[m];
        var se = new double[m];
        double s = 1, greenwood = 0;
        for (int j = 0; j < m; j++)
        {
            double t = eventTimes[j];
            // At risk at t: entered strictly before t and still there at t (exit ≥ t).
            int entered = LowerBound(entries, t);
            int left = LowerBound(exits, t);
            atRisk[j] = entered - left;
            events[j] = eventCounts[t];
            s *= 1 - (double)events[j] / atRisk[j];
            if (atRisk[j] > events[j]) greenwood += events[j] / ((double)atRisk[j] * (atRisk[j] - events[j]));
            survival[j] = s;
            se[j] = s * Math.Sqrt(greenwood);
        }
        return new KaplanMeier(eventTimes, atRisk, events, survival, se);
    }

    /// <summary>The number of sorted values strictly below <paramref name="x"/>.</summary>
    private static int LowerBound(double[] sorted, double x)
    {
        int lo = 0, hi = sorted.Length;
        while (lo < hi)
        {
            int mid = (lo + hi) / 2;
            if (sorted[mid] < x) lo = mid + 1; else hi = mid;
        }
        return lo;
    }
}
