namespace SpareSim.Analytics.DualSourcing;

/// <summary>
/// Single sourcing of one <see cref="Version"/> at base stock <see cref="BaseStock"/>: its cost and
/// the stationary distribution of the number of parts in resupply (index R = 0..k+S).
/// </summary>
public sealed record SingleSourcingSolution(PartVersion Version, int BaseStock, SourcingCost Cost, IReadOnlyList<double> PipelineDistribution);
