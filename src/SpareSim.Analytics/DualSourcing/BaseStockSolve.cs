namespace SpareSim.Analytics.DualSourcing;

/// <summary>
/// The outcome of policy iteration at one base stock within the base-stock search: the solution,
/// or, when a Bellman bound showed the optimal cost there is above the search's cutoff, no
/// solution and that bound. <see cref="Actions"/> is the last policy either way (a warm start).
/// </summary>
internal sealed record BaseStockSolve(DualSourcingStateSpace Space, DualSourcingAction[] Actions, DualSourcingSolution? Solution, double LowerBound)
{
    /// <summary>Whether C*(S) is known exactly (else only <see cref="LowerBound"/> ≤ C*(S)).</summary>
    public bool Exact => Solution is not null;
}
