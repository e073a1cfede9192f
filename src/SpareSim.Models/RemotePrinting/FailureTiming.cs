namespace SpareSim.Models.RemotePrinting;

/// <summary>How installed parts fail.</summary>
public enum FailureTiming
{
    /// <summary>As in the chapter: each part installed at the start of a day fails during that day with probability p (Bernoulli per day).</summary>
    PerPeriodBernoulli,

    /// <summary>
    /// Exponential lifetimes with rate −ln(1−p) per day (same probability of failing within a day),
    /// a part installed from stock during a day exposed at once, downtime measured continuously.
    /// Not comparable with the MDP; an extension.
    /// </summary>
    ContinuousTime,
}
