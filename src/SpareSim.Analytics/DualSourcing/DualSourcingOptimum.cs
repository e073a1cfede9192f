namespace SpareSim.Analytics.DualSourcing;

/// <summary>
/// Result of the greedy base-stock search for dual sourcing: the solution at the optimal base stock
/// and, for every base stock evaluated, the optimal cost C*(S) (S = 0 .. S*+1 for the search from
/// 0; NaN where a search started at a neighbour's S* skipped a base stock) or, for the base stocks
/// in <see cref="BoundedBaseStocks"/>, a lower bound on it that already showed it worse than S*.
/// </summary>
public sealed record DualSourcingOptimum(DualSourcingSolution Optimal, IReadOnlyList<double> CostByBaseStock)
{
    /// <summary>S*.</summary>
    public int BaseStock => Optimal.BaseStock;

    /// <summary>Base stocks whose <see cref="CostByBaseStock"/> entry is a Bellman lower bound, not C*(S).</summary>
    public IReadOnlyList<int> BoundedBaseStocks { get; init; } = [];
}
