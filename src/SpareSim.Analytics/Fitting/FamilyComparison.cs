namespace SpareSim.Analytics.Fitting;

/// <summary>
/// Fits several families to one data set and ranks them by AIC (lowest first). A family whose fit
/// fails is reported with its reason instead of stopping the others.
/// </summary>
public static class FamilyComparison
{
    /// <summary>The fits that succeeded, best AIC first, and the failures with their messages.</summary>
    public static (IReadOnlyList<FittedLaw> Ranked, IReadOnlyList<(string Family, string Reason)> Failed) Fit(
        IEnumerable<LifeFamily> families, LifeData data, IntervalMethod intervals = IntervalMethod.Wald, double level = 0.95)
    {
        ArgumentNullException.ThrowIfNull(families);
        var fits = new List<FittedLaw>();
        var failed = new List<(string, string)>();
        foreach (var family in families)
        {
            try
            {
                fits.Add(MaximumLikelihood.Fit(family, data, intervals, level));
            }
            catch (InvalidOperationException e)
            {
                failed.Add((family.Name, e.Message));
            }
        }
        return (fits.OrderBy(f => f.Aic).ToList(), failed);
    }
}
