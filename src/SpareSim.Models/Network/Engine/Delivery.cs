namespace SpareSim.Models.Network.Engine;

/// <summary>
/// A replenishment on its way to a stock point: the version it was ordered as (its pipeline) and
/// the version that arrives. Allocated once per (stock point, ordered, arrived) and reused, so that
/// an order in flight costs only its kernel event.
/// </summary>
internal sealed class Delivery(StockPointNode destination, int ordered, int arrived)
{
    public StockPointNode Destination { get; } = destination;

    public int Ordered { get; } = ordered;

    public int Arrived { get; } = arrived;

    /// <summary>The kernel callback of a delivery scheduled as a timeout's value.</summary>
    public static readonly Action<Core.Kernel.Event> Arrive = e => ((Delivery)e.Value!).Land();

    public void Land() => Destination.Receive(this);
}
