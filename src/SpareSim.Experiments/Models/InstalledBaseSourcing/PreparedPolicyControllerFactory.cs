using System.Text.Json.Nodes;
using SpareSim.Models.Network.Controllers;

namespace SpareSim.Experiments.Models.InstalledBaseSourcing;

/// <summary>
/// A controller kind bound to a policy table computed before the network is built (the
/// installed-base model solves the dual-sourcing MDP once per scenario to find the optimal base
/// stock, and hands that very policy to the network instead of solving it again).
/// Model file: <c>{ "kind": KIND, "sources": { "cm": "cm-supplier", "am": "am-supplier" } }</c>.
/// </summary>
public sealed class PreparedPolicyControllerFactory : IControllerFactory
{
    private readonly PolicyTable _table;

    /// <summary>A factory of kind <paramref name="kind"/> that follows <paramref name="table"/>.</summary>
    public PreparedPolicyControllerFactory(string kind, PolicyTable table)
    {
        Kind = kind ?? throw new ArgumentNullException(nameof(kind));
        _table = table ?? throw new ArgumentNullException(nameof(table));
    }

    /// <inheritdoc />
    public string Kind { get; }

    /// <inheritdoc />
    public string Description => "a state-action table computed by the analytic core for this scenario";

    /// <inheritdoc />
    public IReplenishmentController Create(ControllerContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.AllowKeys("sources");
        if (context.Settings["sources"] is not JsonObject map) throw context.Error("sources", "must map every version to a source");
        var sources = context.Part.Versions.Select(v => context.Source(v.Name, map, context.Path + ".sources")).ToArray();
        return new StateTableController(_table, sources);
    }
}
