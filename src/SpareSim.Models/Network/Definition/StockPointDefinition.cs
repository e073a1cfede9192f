namespace SpareSim.Models.Network.Definition;

/// <summary>
/// Stock of one part at one site, replenished one for one: every demand (a failure at the site or
/// an order from a child site) starts one replenishment chosen by <see cref="Controller"/>.
/// Demands that find no stock wait first come, first served, unless <see cref="Shortage"/> sends a
/// failure to an emergency shipment.
/// </summary>
/// <param name="Site">Index of the site.</param>
/// <param name="Part">Index of the part.</param>
/// <param name="InitialStock">Spares on hand at time 0, per version (the base stock).</param>
/// <param name="HoldingRate">Holding cost per time unit as a fraction of the piece price.</param>
/// <param name="Controller">The controller that decides each replenishment.</param>
/// <param name="PoolPerVersion">
/// False (shared pool): any version on hand serves any demand, the controller's choice first.
/// True (a pool per version): a demand is served only by the version the controller hands out for
/// it, and waits for that version (for example split CP and AM pools at a repair centre).
/// </param>
/// <param name="Shortage">What a failure that finds no spare on hand does (shared pool only for <see cref="ShortageRule.Emergency"/>).</param>
/// <param name="Review">The end-of-period review of waiting failures (expedite, print a stopgap), or null.</param>
public sealed record StockPointDefinition(int Site, int Part, IReadOnlyList<int> InitialStock, double HoldingRate, ControllerDefinition Controller,
    bool PoolPerVersion = false, ShortageRule Shortage = ShortageRule.Backorder, ReviewDefinition? Review = null)
{
    /// <summary>The base stock: spares on hand with nothing in resupply.</summary>
    public int BaseStock => InitialStock.Sum();
}
