using SpareSim.Models.Network.File;

namespace SpareSim.Models.Network.Controllers;

/// <summary>
/// The controller kinds a model file may name. <see cref="WithBuiltIns"/> has the kinds of this
/// assembly; other layers add theirs (the experiment layer adds controllers computed by the
/// analytical core).
/// </summary>
public sealed class ControllerRegistry
{
    private readonly Dictionary<string, IControllerFactory> _factories = new(StringComparer.Ordinal);

    /// <summary>A registry with base-stock, dual-index, routing, state-table and reorder-point.</summary>
    public static ControllerRegistry WithBuiltIns() => new ControllerRegistry()
        .Add(new FixedSourceControllerFactory())
        .Add(new DualIndexRuleFactory())
        .Add(new RoutingControllerFactory())
        .Add(new StateTableControllerFactory())
        .Add(new ReorderPointControllerFactory());

    /// <summary>Registers a factory; kinds must be unique.</summary>
    public ControllerRegistry Add(IControllerFactory factory)
    {
        ArgumentNullException.ThrowIfNull(factory);
        if (!_factories.TryAdd(factory.Kind, factory)) throw new ArgumentException($"controller kind '{factory.Kind}' is registered twice", nameof(factory));
        return this;
    }

    /// <summary>The registered kinds, sorted.</summary>
    public IEnumerable<string> Kinds => _factories.Keys.Order(StringComparer.Ordinal);

    /// <summary>Builds the controller of the context's stock point.</summary>
    public IReplenishmentController Create(ControllerContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        string kind = context.StockPoint.Controller.Kind;
        if (!_factories.TryGetValue(kind, out var factory))
            throw new NetworkModelException(context.Path + ".kind", $"unknown controller kind '{kind}'; known: {string.Join(", ", Kinds)}");
        return factory.Create(context);
    }
}
