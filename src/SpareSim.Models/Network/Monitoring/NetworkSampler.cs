using SpareSim.Core.Kernel;
using SpareSim.Models.Network.Definition;
using SpareSim.Models.Network.Disruptions;
using SpareSim.Models.Network.Engine;

namespace SpareSim.Models.Network.Monitoring;

/// <summary>
/// Samples chosen values of a running network on a <see cref="TimeGrid"/>, after every other event
/// at each time. What can be sampled is listed by <see cref="Names"/>: the values at the time
/// (availability, down systems, backorders, on hand, pipeline, printer queue, 1 while a
/// disruption is active) and <c>failures</c>, the failures counted since the previous time.
/// </summary>
internal sealed class NetworkSampler
{
    private readonly Simulation _simulation;
    private readonly TimeGrid _grid;
    private readonly Func<double>[] _probes;
    private readonly double[] _values;
    private readonly InstalledBaseNode[] _bases;
    private long _failuresBeforeReset, _failuresAtLastSample;

    public NetworkSampler(Simulation simulation, TimeGrid grid, IReadOnlyList<string> measures, NetworkDefinition network,
        StockPointNode[] points, InstalledBaseNode[] bases, PrinterPool[] printers, DisruptionProcess[] disruptions)
    {
        _simulation = simulation;
        _grid = grid;
        _bases = bases;
        var probes = Probes(network, points, bases, printers, disruptions);
        probes["failures"] = () =>
        {
            long total = TotalFailures();
            double count = total - _failuresAtLastSample;
            _failuresAtLastSample = total;
            return count;
        };
        _probes = measures.Select(m => probes.TryGetValue(m, out var p) ? p : throw new ArgumentException($"'{m}' cannot be sampled", nameof(measures))).ToArray();
        // NaN until sampled: a time the run does not reach shows as no value, not as 0.
        _values = new double[measures.Count * grid.Points];
        Array.Fill(_values, double.NaN);
    }

    /// <summary>Sampled values, measure-major: value of measure m at time k is [m × points + k].</summary>
    public double[] Values => _values;

    /// <summary>The values <paramref name="network"/> can sample.</summary>
    public static IReadOnlyList<string> Names(NetworkDefinition network)
    {
        var names = new List<string> { "availability", "down_systems", "failures" };
        foreach (var site in network.InstalledBases.Select(b => b.Site).Distinct().Order())
            names.AddRange([$"availability_{NetworkMeasures.Id(network.Sites[site].Name)}", $"down_systems_{NetworkMeasures.Id(network.Sites[site].Name)}"]);
        foreach (var p in network.StockPoints)
        {
            string sp = $"{NetworkMeasures.Id(network.Sites[p.Site].Name)}_{NetworkMeasures.Id(network.Parts[p.Part].Name)}";
            names.AddRange([$"backorders_{sp}", $"on_hand_{sp}", $"pipeline_{sp}"]);
        }
        foreach (var s in network.Sources.Where(s => s.Kind == SourceKind.Printer)) names.Add($"printer_queue_{NetworkMeasures.Id(s.Name)}");
        foreach (var d in network.Disruptions) names.Add($"disrupted_{NetworkMeasures.Id(d.Name)}");
        return names;
    }

    public void Start() => _simulation.Process(Run(), "time-series");

    /// <summary>Called just before the network's statistics are reset, so failures keep counting across the reset.</summary>
    public void BeforeReset() => _failuresBeforeReset += _bases.Sum(b => b.Failures);

    private long TotalFailures() => _failuresBeforeReset + _bases.Sum(b => b.Failures);

    private IEnumerable<Event> Run()
    {
        for (int k = 0; k < _grid.Points; k++)
        {
            double t = _grid.Time(k);
            if (t > _simulation.Now) yield return _simulation.Timeout(t - _simulation.Now, priority: int.MaxValue);
            for (int m = 0; m < _probes.Length; m++) _values[m * _grid.Points + k] = _probes[m]();
        }
    }

    private static Dictionary<string, Func<double>> Probes(NetworkDefinition network, StockPointNode[] points, InstalledBaseNode[] bases,
        PrinterPool[] printers, DisruptionProcess[] disruptions)
    {
        var probes = new Dictionary<string, Func<double>>(StringComparer.Ordinal);
        int systems = bases.Sum(b => b.Definition.Systems);
        probes["down_systems"] = () => bases.Sum(b => b.Down.CurrentLevel);
        probes["availability"] = () => systems == 0 ? double.NaN : 1 - bases.Sum(b => b.Down.CurrentLevel) / systems;
        foreach (var group in bases.GroupBy(b => b.Definition.Site))
        {
            var mine = group.ToArray();
            int siteSystems = mine.Sum(b => b.Definition.Systems);
            string site = NetworkMeasures.Id(network.Sites[group.Key].Name);
            probes[$"down_systems_{site}"] = () => mine.Sum(b => b.Down.CurrentLevel);
            probes[$"availability_{site}"] = () => 1 - mine.Sum(b => b.Down.CurrentLevel) / siteSystems;
        }
        foreach (var p in points)
        {
            string sp = $"{NetworkMeasures.Id(p.Site)}_{NetworkMeasures.Id(p.Part)}";
            int n = p.VersionNames.Count;
            probes[$"backorders_{sp}"] = () => p.Backorders;
            probes[$"on_hand_{sp}"] = () => Enumerable.Range(0, n).Sum(p.OnHand);
            probes[$"pipeline_{sp}"] = () => Enumerable.Range(0, n).Sum(p.Pipeline);
        }
        foreach (var pool in printers) probes[$"printer_queue_{NetworkMeasures.Id(pool.Name)}"] = () => pool.Queue.CurrentLevel;
        foreach (var d in disruptions) probes[$"disrupted_{NetworkMeasures.Id(d.Definition.Name)}"] = () => d.IsActive ? 1 : 0;
        return probes;
    }
}
