namespace SpareSim.Experiments.Analysis;

/// <summary>What a <see cref="SequentialStoppingRule"/> says about the replications so far.</summary>
public sealed record StoppingDecision
{
    /// <summary>True when the precision target is met with enough replications: stop.</summary>
    public required bool IsSatisfied { get; init; }

    /// <summary>The interval of the mean from the replications so far.</summary>
    public required ConfidenceInterval ConfidenceInterval { get; init; }

    /// <summary>
    /// Estimated further replications to reach the target (0 when none are needed beyond the minimum);
    /// null when it cannot be estimated: one replication, a zero mean, or an absurdly large count.
    /// </summary>
    public required int? EstimatedAdditionalReplications { get; init; }
}
