namespace SpareSim.Models.Network.Controllers;

/// <summary>
/// A dual-index-like rule with a fast and a slow source: on a demand, order from the fast source
/// when the expedited inventory position after the demand — on hand minus backorders plus the
/// fast version's pipeline, minus one for the demand — is at or below <see cref="Threshold"/>,
/// else from the slow one. With one-for-one replenishment the full position is always the base
/// stock, so the position without the slow pipeline is the informative one.
/// Model file: <c>{ "kind": "dual-index", "threshold": 0, "fast": { "source": "am-supplier", "version": "am" },
/// "slow": { "source": "cm-supplier", "version": "cm" }, "install": "cm" }</c>.
/// </summary>
public sealed class DualIndexRule : IReplenishmentController
{
    private readonly ReplenishmentDecision _fast, _slow;

    /// <summary>Creates the rule.</summary>
    public DualIndexRule(int threshold, int fastSource, int fastVersion, int slowSource, int slowVersion, int install)
    {
        Threshold = threshold;
        FastVersion = fastVersion;
        _fast = new ReplenishmentDecision(install, fastVersion, fastSource);
        _slow = new ReplenishmentDecision(install, slowVersion, slowSource);
    }

    /// <summary>The expedited-position threshold at or below which the fast source is used.</summary>
    public int Threshold { get; }

    /// <summary>The version the fast source delivers.</summary>
    public int FastVersion { get; }

    /// <inheritdoc />
    public ReplenishmentDecision Decide(IStockPointView view, DemandKind kind)
    {
        int onHand = 0;
        for (int v = 0; v < view.VersionNames.Count; v++) onHand += view.OnHand(v);
        int position = onHand - view.Backorders + view.Pipeline(FastVersion) - 1;
        return position <= Threshold ? _fast : _slow;
    }
}

internal sealed class DualIndexRuleFactory : IControllerFactory
{
    public string Kind => "dual-index";

    public string Description => "fast source when on hand - backorders + fast pipeline - 1 <= threshold, else slow source";

    public IReplenishmentController Create(ControllerContext context)
    {
        context.AllowKeys("threshold", "fast", "slow", "install");
        double threshold = context.Number("threshold");
        if (threshold != Math.Floor(threshold) || Math.Abs(threshold) > 1e6) throw context.Error("threshold", "must be an integer");
        var (fastSource, fastVersion) = Leg(context, "fast");
        var (slowSource, slowVersion) = Leg(context, "slow");
        return new DualIndexRule((int)threshold, fastSource, fastVersion, slowSource, slowVersion, context.Version("install", fallback: slowVersion));
    }

    private static (int Source, int Version) Leg(ControllerContext context, string key)
    {
        if (context.Settings[key] is not System.Text.Json.Nodes.JsonObject leg) throw context.Error(key, "must be an object { \"source\": ..., \"version\": ... }");
        string at = $"{context.Path}.{key}";
        foreach (var (k, _) in leg)
            if (k is not ("source" or "version")) throw context.Error(k, "unknown key; allowed here: source, version", at);
        return (context.Source("source", leg, at), context.Version("version", 0, leg, at));
    }
}
