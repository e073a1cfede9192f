namespace SpareSim.Models.Network.Controllers;

/// <summary>
/// The end-of-period decision of a stock point with a review (the remote site's emergency decision,
/// thesis ch. 3): what to do with the failures waiting now. Implement it to plug in a rule of your
/// own. One instance serves every replication, possibly on several threads: keep no mutable state.
/// </summary>
public interface IReviewController
{
    /// <summary>
    /// The order for the <paramref name="waiting"/> failures waiting at <paramref name="view"/>'s stock
    /// point, with <paramref name="periodsLeft"/> periods until the awaited convoy is due (≤ 0 while
    /// it is overdue) and <paramref name="stopgapsInstalled"/> printed stopgaps in service. Counts
    /// beyond the waiting failures are cut.
    /// </summary>
    ReviewOrder Decide(IStockPointView view, int waiting, int periodsLeft, int stopgapsInstalled);
}

/// <summary>A review's order: failures to expedite and stopgaps to print.</summary>
/// <param name="Expedite">Failures served by an expedited order.</param>
/// <param name="Print">Stopgaps to print.</param>
public readonly record struct ReviewOrder(int Expedite, int Print)
{
    /// <summary>Nothing: every waiting failure keeps waiting.</summary>
    public static ReviewOrder None => default;
}
