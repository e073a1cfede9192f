using System.Collections.Concurrent;
using System.Globalization;
using SpareSim.Experiments.Models.SupplyNetwork;
using SpareSim.Experiments.Simulation;
using SpareSim.Models.Network.Engine;
using SpareSim.Models.Network.File;

namespace SpareSim.Experiments.Models.Echelon;

/// <summary>
/// The "echelon-network" model: a CMC/RMC network given as a supply-network model file (scenario
/// parameter <c>network</c>, usually written by <see cref="EchelonModelFile"/>), simulated by the
/// network engine, its measures reported by role so that scenarios with different networks share
/// one list: the CMC (the root site) and its RMCs (the root's children, in file order, up to
/// <see cref="MaxRegions"/>; absent ones NaN). <c>central_backorders</c> counts the CMC's own
/// waiting customers (its installed base's down systems, exact for an ample fleet),
/// <c>central_requests</c> every request waiting for CMC stock, own and RMC orders (METRIC's EBO0);
/// <c>system_backorders</c> the customers waiting anywhere; <c>system_pipeline</c> N_sys, the units
/// in resupply at all sites.
/// </summary>
public sealed class EchelonNetworkModel : ISimulationModel
{
    /// <summary>Most RMCs whose measures are reported.</summary>
    public const int MaxRegions = 8;

    private static readonly string[] RegionMeasures = ["backorders", "fill_rate", "pipeline", "pipeline_variance"];
    private readonly ConcurrentDictionary<string, Lazy<Prepared>> _prepared = new();

    /// <inheritdoc />
    public string Name => "echelon-network";

    /// <inheritdoc />
    public string Description => "a CMC/RMC network (Abidar & Chaabane's structure) from a supply-network model file, measures by role";

    /// <inheritdoc />
    public IReadOnlyList<ParameterSpec> Parameters { get; } =
    [
        new ParameterSpec("network", "supply-network model file of the CMC/RMC network (relative to the working folder)", null, ParameterRule.Text),
    ];

    /// <inheritdoc />
    public IReadOnlyList<string> Measures { get; } =
    [
        "central_backorders", "central_requests", "central_fill_rate", "central_pipeline", "central_pipeline_variance", "system_backorders", "system_pipeline",
        .. Enumerable.Range(1, MaxRegions).SelectMany(j => RegionMeasures.Select(m => string.Create(CultureInfo.InvariantCulture, $"region_{j}_{m}"))),
    ];

    /// <summary>The measure of RMC <paramref name="region"/> (1-based) named <paramref name="measure"/> (backorders, fill_rate, pipeline, pipeline_variance).</summary>
    public static string RegionMeasure(int region, string measure) => string.Create(CultureInfo.InvariantCulture, $"region_{region}_{measure}");

    /// <inheritdoc />
    public string? ValidateScenario(Scenario scenario)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        try
        {
            _ = Prepare(scenario.GetString("network"));
            return null;
        }
        catch (Exception e) when (e is NetworkModelException or IOException or ArgumentException)
        {
            _prepared.TryRemove(scenario.GetString("network"), out _);
            return $"network: {e.Message}";
        }
    }

    /// <inheritdoc />
    public RunEstimate? Estimate(Scenario scenario)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        return NetworkRunEstimate.Of(Prepare(scenario.GetString("network")).Blueprint.Definition);
    }

    /// <inheritdoc />
    public double[] RunReplication(Scenario scenario, ReplicationContext context)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(context);
        var p = Prepare(scenario.GetString("network"));
        var m = SpareSim.Models.Network.Engine.SupplyNetwork.Run(p.Blueprint, context.Streams, context.WarmUp, context.RunLength).Measures;
        double At(int i) => i < 0 ? 0 : m[i];
        var values = new double[Measures.Count];
        Array.Fill(values, double.NaN);
        values[0] = At(p.CentralCustomers);
        values[1] = m[p.Central[0]];
        values[2] = m[p.Central[1]];
        values[3] = m[p.Central[2]];
        values[4] = m[p.Central[3]];
        double system = values[0];
        for (int j = 0; j < p.Regions.Length; j++)
        {
            for (int k = 0; k < RegionMeasures.Length; k++) values[7 + j * RegionMeasures.Length + k] = m[p.Regions[j][k]];
            system += m[p.Regions[j][0]];
        }
        values[5] = system;
        values[6] = m[p.SystemPipeline];
        return values;
    }

    /// <summary>The network of <paramref name="path"/>, read, checked and mapped once.</summary>
    private Prepared Prepare(string path) => _prepared.GetOrAdd(path, file => new Lazy<Prepared>(() => Map(file))).Value;

    private static Prepared Map(string file)
    {
        var blueprint = new NetworkBlueprint(NetworkModelFile.Load(file), NetworkControllers.Registry());
        var d = blueprint.Definition;
        if (d.Parts.Count != 1) throw new ArgumentException($"{file}: an echelon network has one part, this one has {d.Parts.Count}");
        var roots = Enumerable.Range(0, d.Sites.Count).Where(s => d.Sites[s].Parent < 0).ToList();
        if (roots.Count != 1) throw new ArgumentException($"{file}: an echelon network has one CMC (a site without parent), this one has {roots.Count}");
        int root = roots[0];
        var regions = Enumerable.Range(0, d.Sites.Count).Where(s => s != root).ToList();
        if (regions.FirstOrDefault(s => d.Sites[s].Parent != root, -1) is var deep and >= 0)
            throw new ArgumentException($"{file}: site {d.Sites[deep].Name} is not a child of the CMC {d.Sites[root].Name}; an echelon network has two echelons");
        if (regions.Count is 0 or > MaxRegions) throw new ArgumentException($"{file}: an echelon network has 1 to {MaxRegions} RMCs, this one has {regions.Count}");
        var names = blueprint.Measures.ToList();
        string part = Id(d.Parts[0].Name);
        int Index(string name) => names.IndexOf(name) is var i and >= 0 ? i : throw new ArgumentException($"{file}: the network has no measure {name} (a site without a stock point?)");
        int[] Site(int s)
        {
            string sp = $"{Id(d.Sites[s].Name)}_{part}";
            return [Index($"backorders_{sp}"), Index($"fill_rate_{sp}"), Index($"pipeline_{sp}"), Index($"pipeline_variance_{sp}")];
        }
        return new Prepared(blueprint, names.IndexOf($"down_systems_{Id(d.Sites[root].Name)}"), Site(root),
            regions.Select(Site).ToArray(), Index("units_in_resupply"));
    }

    // Measure-name form of an element name (the network engine's rule).
    private static string Id(string name) => name.Replace('-', '_');

    /// <param name="Blueprint">The network.</param>
    /// <param name="CentralCustomers">Index of the CMC's down systems (−1: no own customers).</param>
    /// <param name="Central">Indexes of the CMC's backorders, fill rate, pipeline and pipeline variance.</param>
    /// <param name="Regions">The same per RMC.</param>
    /// <param name="SystemPipeline">Index of the units in resupply.</param>
    private sealed record Prepared(NetworkBlueprint Blueprint, int CentralCustomers, int[] Central, int[][] Regions, int SystemPipeline);
}
