namespace SpareSim.Models.RemotePrinting;

/// <summary>
/// The decision logic of a remote site, asked at the two decision points of the chapter's MDP:
/// when the convoy arrives (how far to replenish) and at the end of every other day (what to do
/// with the down systems). Net inventory is on-hand stock minus down systems.
/// </summary>
public interface IRemoteSiteController
{
    /// <summary>The level of net inventory the convoy brings the site up to (net inventory + quantity), after printed parts are removed.</summary>
    int OrderUpTo(int netInventory);

    /// <summary>
    /// The emergency order at a day's end, with <paramref name="periodsRemaining"/> days until the
    /// scheduled arrival of the convoy the site is waiting for (≤ 0 when it is overdue),
    /// <paramref name="netInventory"/> and <paramref name="printedInstalled"/> printed parts in service.
    /// Orders beyond the down systems are ignored.
    /// </summary>
    EmergencyOrder Decide(int periodsRemaining, int netInventory, int printedInstalled);
}
