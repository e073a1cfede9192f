namespace SpareSim.Models.Network.Definition;

/// <summary>What a stock point does with a failure that finds no spare on hand.</summary>
public enum ShortageRule
{
    /// <summary>The failed unit waits, its system down, first come first served (the default).</summary>
    Backorder,

    /// <summary>
    /// Lost sales: the failure is served at once by an emergency shipment from outside the network
    /// and starts no replenishment, so on hand plus on order stays the base stock (an Erlang loss
    /// system, Westerweel thesis ch. 2). Orders of child sites still wait.
    /// </summary>
    Emergency,
}
