namespace SpareSim.Experiments.Configuration;

/// <summary>
/// The experiment's <c>DecisionLog</c> (off unless given): the decisions and disruption starts and
/// ends of the first <see cref="Replications"/> replications of every scenario, after the warm-up,
/// written to <c>events.parquet</c>; at most <see cref="MaxRows"/> rows in all (a required limit).
/// </summary>
/// <param name="MaxRows">The size limit of the log, in rows.</param>
/// <param name="Replications">Replications per scenario that are logged.</param>
public sealed record DecisionLogSpec(int MaxRows, int Replications);
