namespace SpareSim.Models.Network.Controllers;

/// <summary>
/// Continuous-review (s, Q) from one source: after each demand, when the inventory position (on
/// hand − backorders + pipeline, all versions) is at or below the reorder point s, order as many
/// batches of Q as lift it above s (one, for unit demands), as a single order. The demanded unit
/// itself is not reordered one for one. Model file:
/// <c>{ "kind": "reorder-point", "source": "oem", "version": "part", "reorderPoint": 3, "quantity": 12 }</c>
/// (version defaults to the part's first; the initial stock is best s + Q, the position after an order).
/// </summary>
public sealed class ReorderPointController : IReplenishmentController
{
    /// <summary>(s, Q) = (<paramref name="reorderPoint"/>, <paramref name="quantity"/>), ordering <paramref name="version"/> from <paramref name="source"/>.</summary>
    public ReorderPointController(int source, int version, int reorderPoint, int quantity)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(source);
        ArgumentOutOfRangeException.ThrowIfNegative(version);
        ArgumentOutOfRangeException.ThrowIfLessThan(quantity, 1);
        Source = source;
        Version = version;
        ReorderPoint = reorderPoint;
        Quantity = quantity;
    }

    /// <summary>The source ordered from.</summary>
    public int Source { get; }

    /// <summary>The version ordered and handed out first.</summary>
    public int Version { get; }

    /// <summary>s.</summary>
    public int ReorderPoint { get; }

    /// <summary>Q.</summary>
    public int Quantity { get; }

    /// <inheritdoc />
    public ReplenishmentDecision Decide(IStockPointView view, DemandKind kind)
    {
        ArgumentNullException.ThrowIfNull(view);
        long position = -view.Backorders - 1L;
        for (int v = 0; v < view.VersionNames.Count; v++) position += view.OnHand(v) + view.Pipeline(v);
        long batches = position <= ReorderPoint ? (ReorderPoint - position) / Quantity + 1 : 0;
        return new ReplenishmentDecision(Version, Version, Source, checked((int)(batches * Quantity)));
    }
}

internal sealed class ReorderPointControllerFactory : IControllerFactory
{
    public string Kind => "reorder-point";

    public string Description => "(s, Q): when on hand - backorders + pipeline after a demand is <= s, order batches of Q from one source";

    public IReplenishmentController Create(ControllerContext context)
    {
        context.AllowKeys("source", "version", "reorderPoint", "quantity");
        int s = Integer(context, "reorderPoint", -1_000_000);
        int q = Integer(context, "quantity", 1);
        return new ReorderPointController(context.Source("source"), context.Version("version", fallback: 0), s, q);
    }

    private static int Integer(ControllerContext context, string key, int min)
    {
        double x = context.Number(key);
        if (x != Math.Floor(x) || x < min || x > 1_000_000) throw context.Error(key, $"must be an integer in [{min}, 1000000], got {x}");
        return (int)x;
    }
}
