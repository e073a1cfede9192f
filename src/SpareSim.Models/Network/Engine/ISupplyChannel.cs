namespace SpareSim.Models.Network.Engine;

/// <summary>A way a stock point can be replenished: a supplier, a repair shop, a printer pool or the parent site.</summary>
internal interface ISupplyChannel
{
    /// <summary>The name controllers use ("parent" for the parent site).</summary>
    string Name { get; }

    /// <summary>Places one order of <paramref name="version"/> for <paramref name="destination"/> now.</summary>
    void Order(StockPointNode destination, int version);
}
