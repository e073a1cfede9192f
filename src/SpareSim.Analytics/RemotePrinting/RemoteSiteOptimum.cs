namespace SpareSim.Analytics.RemotePrinting;

/// <summary>The optimal base stock for a given emergency policy, and the cost of every base stock tried.</summary>
/// <param name="Criterion">What was minimized.</param>
/// <param name="Best">The evaluation at the optimal base stock.</param>
/// <param name="ByBaseStock">Evaluations for S = 0, 1, … up to where the search stopped.</param>
public sealed record RemoteSiteOptimum(CostCriterion Criterion, CycleEvaluation Best, IReadOnlyList<CycleEvaluation> ByBaseStock)
{
    /// <summary>The optimal policy.</summary>
    public RemoteSitePolicy Policy => Best.Policy;

    /// <summary>S*.</summary>
    public int BaseStock => Best.Policy.BaseStock;
}
