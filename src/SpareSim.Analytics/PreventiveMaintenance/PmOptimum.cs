namespace SpareSim.Analytics.PreventiveMaintenance;

/// <summary>
/// The optimum of one policy: by full enumeration on the 1-day grid (spec A.7) and after a
/// continuous refinement (golden-section search within ±1 day of the grid optimum).
/// </summary>
public sealed record PmOptimum
{
    /// <summary>The policy.</summary>
    public required PmPolicy Policy { get; init; }

    /// <summary>Optimal decision on the 1-day grid.</summary>
    public required PmDecision Decision { get; init; }

    /// <summary>The cycle expectations at <see cref="Decision"/>.</summary>
    public required PmCycle Cycle { get; init; }

    /// <summary>g* on the grid.</summary>
    public double CostRate => Cycle.CostRate;

    /// <summary>Optimal decision without the grid.</summary>
    public required PmDecision RefinedDecision { get; init; }

    /// <summary>g* without the grid (never above <see cref="CostRate"/>).</summary>
    public required double RefinedCostRate { get; init; }
}
