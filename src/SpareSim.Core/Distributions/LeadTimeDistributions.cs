namespace SpareSim.Core.Distributions;

/// <summary>
/// Builds a duration law (lead time, repair time, time to failure) from a family name, a mean and a
/// coefficient of variation, as experiment configurations state them. Family names are case-insensitive.
/// </summary>
public static class LeadTimeDistributions
{
    /// <summary>The family names <see cref="FromMeanAndCv"/> accepts, with the cv each allows.</summary>
    public static IReadOnlyList<string> Families { get; } =
    [
        "deterministic",    // cv = 0
        "exponential",      // cv = 1
        "erlang",           // cv = 1/sqrt(k), k a positive integer
        "gamma",            // cv > 0
        "weibull",          // cv in about [1.3e-4, 3.7e5]
        "lognormal",        // cv > 0
        "uniform",          // cv in (0, 1/sqrt(3)]
        "truncatednormal",  // cv in (0, ~0.9994), normal truncated at 0
        "hyperexponential", // cv >= 1, balanced means
    ];

    /// <summary>
    /// The law of the given <paramref name="family"/> with mean <paramref name="mean"/> &gt; 0 and
    /// coefficient of variation <paramref name="cv"/> ≥ 0. Throws <see cref="ArgumentException"/> naming
    /// the parameter for an unknown family, a non-positive mean, a negative cv or a cv the family cannot have.
    /// </summary>
    public static IDistribution FromMeanAndCv(string family, double mean, double cv)
    {
        ArgumentNullException.ThrowIfNull(family);
        if (!(mean > 0) || double.IsInfinity(mean))
            throw new ArgumentOutOfRangeException(nameof(mean), mean, "mean must be positive and finite");
        if (!(cv >= 0) || double.IsInfinity(cv))
            throw new ArgumentOutOfRangeException(nameof(cv), cv, "cv must be non-negative and finite");
        switch (family.Trim().ToLowerInvariant())
        {
            case "deterministic": return Deterministic.FromMeanAndCv(mean, cv);
            case "exponential":
                if (cv != 1) throw new ArgumentOutOfRangeException(nameof(cv), cv, "cv must be 1 for the exponential family");
                return Exponential.FromMean(mean);
            case "erlang": return Erlang.FromMeanAndCv(mean, cv);
            case "gamma": return Gamma.FromMeanAndCv(mean, cv);
            case "weibull": return Weibull.FromMeanAndCv(mean, cv);
            case "lognormal": return LogNormal.FromMeanAndCv(mean, cv);
            case "uniform": return Uniform.FromMeanAndCv(mean, cv);
            case "truncatednormal": return TruncatedNormal.FromMeanAndCv(mean, cv);
            case "hyperexponential": return Hyperexponential.FromMeanAndCv(mean, cv);
            default:
                throw new ArgumentException($"family '{family}' is unknown; expected one of: {string.Join(", ", Families)}", nameof(family));
        }
    }
}
