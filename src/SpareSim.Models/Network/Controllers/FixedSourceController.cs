namespace SpareSim.Models.Network.Controllers;

/// <summary>
/// One-for-one base stock from a single source: every demand orders one unit of
/// <see cref="Version"/> from source <see cref="Source"/>, and <see cref="Install"/> is handed out
/// first. Model file: <c>{ "kind": "base-stock", "source": "cm-supplier", "version": "cm", "install": "cm" }</c>
/// (version defaults to the part's first, install to the version ordered).
/// </summary>
public sealed class FixedSourceController : IReplenishmentController
{
    private readonly ReplenishmentDecision _decision;

    /// <summary>Always orders <paramref name="version"/> from <paramref name="source"/>, handing out <paramref name="install"/> first.</summary>
    public FixedSourceController(int source, int version, int install)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(source);
        ArgumentOutOfRangeException.ThrowIfNegative(version);
        ArgumentOutOfRangeException.ThrowIfNegative(install);
        _decision = new ReplenishmentDecision(install, version, source);
    }

    /// <summary>The source ordered from.</summary>
    public int Source => _decision.Source;

    /// <summary>The version ordered.</summary>
    public int Version => _decision.Version;

    /// <summary>The version handed out first.</summary>
    public int Install => _decision.Install;

    /// <inheritdoc />
    public ReplenishmentDecision Decide(IStockPointView view, DemandKind kind) => _decision;
}

internal sealed class FixedSourceControllerFactory : IControllerFactory
{
    public string Kind => "base-stock";

    public string Description => "one-for-one base stock: order one unit of a version from one source per demand";

    public IReplenishmentController Create(ControllerContext context)
    {
        context.AllowKeys("source", "version", "install");
        int version = context.Version("version", fallback: 0);
        return new FixedSourceController(context.Source("source"), version, context.Version("install", fallback: version));
    }
}
