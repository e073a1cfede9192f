using System.Text.Json.Nodes;
using SpareSim.Models.Network.File;

namespace SpareSim.Models.Network.Controllers;

/// <summary>
/// Follows a <see cref="PolicyTable"/>: the decision is looked up by the state just before the
/// demand (installed, pipeline and on-hand counts per version); the version ordered comes from the
/// source mapped to it. A state the table does not cover stops the run, naming the state, so a
/// table computed in another tool plugs in without C#. Model file:
/// <c>{ "kind": "state-table", "file": "policy.csv", "sources": { "cm": "cm-supplier", "am": "am-supplier" } }</c>
/// (file relative to the model file).
/// </summary>
public sealed class StateTableController : IReplenishmentController
{
    private readonly Dictionary<long, ReplenishmentDecision> _table = new();
    private readonly int _versions, _bits;

    /// <summary>A controller following <paramref name="table"/>; <paramref name="sourceOfVersion"/> is the source index per version.</summary>
    public StateTableController(PolicyTable table, IReadOnlyList<int> sourceOfVersion)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(sourceOfVersion);
        _versions = table.Versions.Count;
        if (sourceOfVersion.Count != _versions) throw new ArgumentException("one source per version is needed", nameof(sourceOfVersion));
        _bits = 63 / (3 * _versions);
        int max = (1 << _bits) - 1;
        var names = table.Versions.ToList();
        foreach (var (state, install, order) in table.Rows)
        {
            if (state.Any(c => c < 0 || c > max)) throw new ArgumentException($"state ({string.Join(",", state)}): every count must be in [0, {max}]", nameof(table));
            int orderVersion = names.IndexOf(order);
            var decision = new ReplenishmentDecision(names.IndexOf(install), orderVersion, sourceOfVersion[orderVersion]);
            if (!_table.TryAdd(Key(state), decision)) throw new ArgumentException($"state ({string.Join(",", state)}) is given twice", nameof(table));
        }
    }

    /// <summary>Number of states.</summary>
    public int Count => _table.Count;

    /// <inheritdoc />
    public ReplenishmentDecision Decide(IStockPointView view, DemandKind kind)
    {
        long key = 0;
        int shift = 0;
        for (int part = 0; part < 3; part++)
            for (int v = 0; v < _versions; v++, shift += _bits)
            {
                int count = part == 0 ? view.Installed(v) : part == 1 ? view.Pipeline(v) : view.OnHand(v);
                key |= (long)count << shift;
            }
        return _table.TryGetValue(key, out var decision) ? decision : throw new KeyNotFoundException($"the policy table of {view.Site}/{view.Part} has no decision for state {Describe(view)}");
    }

    private long Key(int[] state)
    {
        long key = 0;
        for (int i = 0; i < state.Length; i++) key |= (long)state[i] << (i * _bits);
        return key;
    }

    private string Describe(IStockPointView view)
    {
        var parts = new List<string>();
        for (int v = 0; v < _versions; v++) parts.Add($"installed_{view.VersionNames[v]}={view.Installed(v)}");
        for (int v = 0; v < _versions; v++) parts.Add($"pipeline_{view.VersionNames[v]}={view.Pipeline(v)}");
        for (int v = 0; v < _versions; v++) parts.Add($"stock_{view.VersionNames[v]}={view.OnHand(v)}");
        return "(" + string.Join(", ", parts) + ")";
    }
}

internal sealed class StateTableControllerFactory : IControllerFactory
{
    public string Kind => "state-table";

    public string Description => "state -> action table read from a CSV or Parquet file (installed, pipeline, stock per version; install; order)";

    public IReplenishmentController Create(ControllerContext context)
    {
        context.AllowKeys("file", "sources");
        string file = context.Text("file");
        string path = Path.IsPathRooted(file) ? file : Path.Combine(context.BaseDirectory, file);
        var versions = context.Part.Versions.Select(v => v.Name).ToList();
        if (context.Settings["sources"] is not JsonObject map) throw context.Error("sources", "must map every version to a source, e.g. { \"cm\": \"cm-supplier\" }");
        string at = context.Path + ".sources";
        foreach (var (k, _) in map)
            if (!versions.Contains(k)) throw context.Error(k, $"'{k}' is not a version of part '{context.Part.Name}'", at);
        var sources = versions.Select(v => map[v] is null ? throw context.Error(v, "is required (the source of this version)", at) : context.Source(v, map, at)).ToArray();
        PolicyTable table;
        try
        {
            table = path.EndsWith(".parquet", StringComparison.OrdinalIgnoreCase) ? PolicyTableParquet.Read(path, versions) : PolicyTable.ReadCsv(path, versions);
            return new StateTableController(table, sources);
        }
        catch (Exception e) when (e is FormatException or ArgumentException or IOException)
        {
            throw context.Error("file", e.Message);
        }
    }
}
