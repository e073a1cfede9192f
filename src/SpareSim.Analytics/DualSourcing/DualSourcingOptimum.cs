namespace SpareSim.Analytics.DualSourcing;

/// <summary>
/// Result of the greedy base-stock search for dual sourcing: the solution at the optimal base stock
/// and the optimal cost C*(S) of every base stock evaluated (S = 0 .. S*+1 for the search from 0;
/// NaN where a search started at a neighbour's S* skipped a base stock).
/// </summary>
public sealed record DualSourcingOptimum(DualSourcingSolution Optimal, IReadOnlyList<double> CostByBaseStock)
{
    /// <summary>S*.</summary>
    public int BaseStock => Optimal.BaseStock;
}
