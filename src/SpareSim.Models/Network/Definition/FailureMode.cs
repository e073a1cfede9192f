namespace SpareSim.Models.Network.Definition;

/// <summary>How an installed base generates failures.</summary>
public enum FailureMode
{
    /// <summary>
    /// Every installed unit fails after a lifetime drawn from its version's law, its clock started
    /// at installation; a failed unit does not fail again until replaced (finite source).
    /// </summary>
    Renewal,

    /// <summary>
    /// Failures form a Poisson process of rate systems × units per system / mean lifetime of the
    /// initial version, whatever the state (infinite source, as METRIC assumes).
    /// </summary>
    Poisson,

    /// <summary>
    /// Per-period Bernoulli failures (thesis ch. 3): time is in periods; at the middle of every
    /// period each installed unit fails with its version's probability, independently of the past
    /// (a unit installed at time t first risks failure at the first mid-period after t).
    /// </summary>
    PerPeriod,
}
