namespace SpareSim.Analytics.PreventiveMaintenance;

/// <summary>
/// A decision vector (spec A.2): PM age t_r of the regular part, backorder (printing) threshold
/// t_b on the cycle clock (0 = never print), PM age t_p of a printed part (DA only).
/// </summary>
/// <param name="ReplacementAge">t_r.</param>
/// <param name="PrintThreshold">t_b (ignored by B).</param>
/// <param name="PrintedReplacementAge">t_p (used by DA only).</param>
public readonly record struct PmDecision(double ReplacementAge, double PrintThreshold = 0, double PrintedReplacementAge = 0)
{
    /// <summary>"(t_r)", "(t_r, t_b)" or "(t_r, t_b, t_p)" as the policy uses it.</summary>
    public string Format(PmPolicy policy, string number = "G6") => policy switch
    {
        PmPolicy.Benchmark => $"({ReplacementAge.ToString(number, System.Globalization.CultureInfo.InvariantCulture)})",
        PmPolicy.TemporaryReplacement => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"({ReplacementAge.ToString(number)}, {PrintThreshold.ToString(number)})"),
        _ => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"({ReplacementAge.ToString(number)}, {PrintThreshold.ToString(number)}, {PrintedReplacementAge.ToString(number)})"),
    };
}
