namespace SpareSim.Analytics.PreventiveMaintenance;

/// <summary>
/// The relative differences of spec A.8 between the optima of policies X and Y:
/// Δ_g(X,Y) = (g*_Y − g*_X)/g*_Y (positive when X is cheaper), and Δ_t(X,Y) = (t^X_r − t^Y_r)/t^X_r
/// as printed in the thesis, next to the variant divided by t^Y_r that reproduces Table 4.3 (spec A.10).
/// </summary>
public static class PmComparison
{
    /// <summary>Δ_g(X,Y).</summary>
    public static double CostDifference(PmOptimum x, PmOptimum y)
    {
        ArgumentNullException.ThrowIfNull(x);
        ArgumentNullException.ThrowIfNull(y);
        return (y.CostRate - x.CostRate) / y.CostRate;
    }

    /// <summary>Δ_t(X,Y) as printed: (t^X_r − t^Y_r)/t^X_r.</summary>
    public static double AgeDifferenceAsPrinted(PmOptimum x, PmOptimum y)
    {
        ArgumentNullException.ThrowIfNull(x);
        ArgumentNullException.ThrowIfNull(y);
        return (x.Decision.ReplacementAge - y.Decision.ReplacementAge) / x.Decision.ReplacementAge;
    }

    /// <summary>Δ_t(X,Y) divided by t^Y_r: (t^X_r − t^Y_r)/t^Y_r, the reading that matches Table 4.3.</summary>
    public static double AgeDifference(PmOptimum x, PmOptimum y)
    {
        ArgumentNullException.ThrowIfNull(x);
        ArgumentNullException.ThrowIfNull(y);
        return (x.Decision.ReplacementAge - y.Decision.ReplacementAge) / y.Decision.ReplacementAge;
    }
}
