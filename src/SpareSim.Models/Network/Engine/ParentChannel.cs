namespace SpareSim.Models.Network.Engine;

/// <summary>
/// The parent site as a source: an order becomes a demand on the parent's stock point (served
/// first come, first served with the parent's own demands); the unit it releases travels by the
/// ordering site's inbound transport.
/// </summary>
internal sealed class ParentChannel(StockPointNode parent) : ISupplyChannel
{
    public string Name => "parent";

    public StockPointNode Parent { get; } = parent;

    public void Order(StockPointNode destination, int version) => Parent.OnChildOrder(destination, version);
}
