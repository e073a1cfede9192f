using SpareSim.Models.Network.Controllers;
using SpareSim.Models.Network.Definition;
using SpareSim.Models.Network.File;

namespace SpareSim.Models.Network.Engine;

/// <summary>
/// A network ready to simulate: the definition with every stock point's sources resolved and its
/// controller built (once, shared by all replications), and the names of the measures a
/// replication returns. Building it validates the controllers, so a bad controller is reported
/// with its JSON path before anything runs.
/// </summary>
public sealed class NetworkBlueprint
{
    /// <summary>Builds the blueprint of <paramref name="model"/> with the controller kinds of <paramref name="controllers"/>.</summary>
    public NetworkBlueprint(NetworkModel model, ControllerRegistry controllers)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(controllers);
        Definition = model.Definition;
        var network = model.Definition;
        var sourceNames = new List<IReadOnlyList<string>>();
        var built = new List<IReplenishmentController>();
        for (int i = 0; i < network.StockPoints.Count; i++)
        {
            var names = SourcesOf(network, i);
            sourceNames.Add(names);
            built.Add(controllers.Create(new ControllerContext(network, i, names, model.BaseDirectory)));
        }
        SourceNames = sourceNames;
        Controllers = built;
        Measures = NetworkMeasures.Names(network);
    }

    /// <summary>The network.</summary>
    public NetworkDefinition Definition { get; }

    /// <summary>Per stock point, the names of its sources in controller index order.</summary>
    public IReadOnlyList<IReadOnlyList<string>> SourceNames { get; }

    /// <summary>Per stock point, its controller.</summary>
    public IReadOnlyList<IReplenishmentController> Controllers { get; }

    /// <summary>The measures of a replication, in <see cref="SupplyNetwork.Measures"/> order (snake_case).</summary>
    public IReadOnlyList<string> Measures { get; }

    /// <summary>
    /// The sources of stock point <paramref name="index"/>: "parent" when the parent site stocks the
    /// part, every supplier and printer pool, and the repair shops at its own site.
    /// </summary>
    public static IReadOnlyList<string> SourcesOf(NetworkDefinition network, int index)
    {
        ArgumentNullException.ThrowIfNull(network);
        var point = network.StockPoints[index];
        var names = new List<string>();
        int parent = network.Sites[point.Site].Parent;
        if (parent >= 0 && network.StockPointOf(parent, point.Part) >= 0) names.Add("parent");
        foreach (var s in network.Sources)
            if (s.Kind != SourceKind.Repair || s.Site == point.Site) names.Add(s.Name);
        return names;
    }
}
