namespace SpareSim.Analytics.RemotePrinting;

/// <summary>
/// The exact cost and service of one <see cref="RemoteSitePolicy"/>, from one replenishment cycle
/// (every cycle starts in the same state, so the cycles are renewals). Per-period figures are
/// long-run averages over all L periods of the cycle; backorders are counted at period ends, where
/// the chapter charges b (there are none at n = 0, just after the convoy).
/// </summary>
public sealed record CycleEvaluation
{
    /// <summary>The policy evaluated.</summary>
    public required RemoteSitePolicy Policy { get; init; }

    /// <summary>V(0,0,0) under the policy: expected total discounted cost from an empty stock just before a replenishment (includes buying S).</summary>
    public required double DiscountedCost { get; init; }

    /// <summary>Long-run average cost per period.</summary>
    public required double AverageCostPerPeriod { get; init; }

    /// <summary>Regular-part ordering cost per period (c_r × consumption).</summary>
    public required double OrderingCostPerPeriod { get; init; }

    /// <summary>Printing cost per period.</summary>
    public required double PrintingCostPerPeriod { get; init; }

    /// <summary>Expediting cost per period.</summary>
    public required double ExpeditingCostPerPeriod { get; init; }

    /// <summary>Holding cost per period.</summary>
    public required double HoldingCostPerPeriod { get; init; }

    /// <summary>Backorder cost per period.</summary>
    public required double BackorderCostPerPeriod { get; init; }

    /// <summary>Mean number of down systems at a period end.</summary>
    public required double BackordersPerPeriod { get; init; }

    /// <summary>Mean number of parts printed per period.</summary>
    public required double PrintsPerPeriod { get; init; }

    /// <summary>Mean number of parts expedited per period.</summary>
    public required double ExpeditesPerPeriod { get; init; }

    /// <summary>Mean replenishment quantity per convoy (regular parts consumed per cycle, net of expedited ones).</summary>
    public required double ReplenishmentPerCycle { get; init; }

    /// <summary>Availability at period ends: 1 − <see cref="BackordersPerPeriod"/> / N.</summary>
    public required double Availability { get; init; }

    /// <summary>365(1−α)(V(0,S,0) − v) = 365(1−α)(V(0,0,0) − c_r S − v): the spec's best fit for the chapter's "annual" V_s, V_p (§6.3).</summary>
    public required double AnnualizedExcessCost { get; init; }
}
