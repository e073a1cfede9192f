using SpareSim.Core.Kernel;
using SpareSim.Core.Random;
using SpareSim.Models.Network.Definition;
using SpareSim.Models.Network.Disruptions;
using SpareSim.Models.Network.Logging;
using SpareSim.Models.Network.Monitoring;

namespace SpareSim.Models.Network.Engine;

/// <summary>
/// One replication's supply network on the kernel, assembled from a <see cref="NetworkBlueprint"/>:
/// installed bases whose failures are demands on their site's stock point, stock points that
/// replenish one for one through their controller's choice of source (supplier, repair, printer
/// pool, parent site by shipping or convoy), and the statistics of <see cref="Measures"/>.
/// Every random number comes from a stream named after its element, so two scenarios that differ
/// in one element keep the others' numbers (common random numbers).
/// </summary>
public sealed class SupplyNetwork
{
    private readonly Simulation _simulation;
    private readonly NetworkBlueprint _blueprint;
    private readonly NetworkLedger _ledger = new();
    private readonly StockPointNode[] _stockPoints;
    private readonly InstalledBaseNode[] _bases;
    private readonly PrinterPool[] _printers;
    private readonly ConvoyService[] _convoys;
    private readonly Transport[] _inbound;
    private readonly NetworkDisruptions _disruptions;
    private NetworkSampler? _sampler;
    private bool _started;
    private double _since;

    /// <summary>Builds the network in <paramref name="simulation"/>, drawing from <paramref name="streams"/>.</summary>
    public SupplyNetwork(Simulation simulation, NetworkBlueprint blueprint, RandomStreams streams)
    {
        _simulation = simulation ?? throw new ArgumentNullException(nameof(simulation));
        _blueprint = blueprint ?? throw new ArgumentNullException(nameof(blueprint));
        ArgumentNullException.ThrowIfNull(streams);
        var network = blueprint.Definition;
        _disruptions = new NetworkDisruptions(simulation, network.Disruptions, streams);
        _convoys = network.Convoys.Select((c, i) => new ConvoyService(simulation, c, streams, _ledger, _disruptions.Condition(DisruptedElement.Convoy, i))).ToArray();
        _inbound = network.Sites.Select((s, i) => new Transport(simulation, s.ShipTime, s.ShipTime is null ? null : streams.Get($"ship/{s.Name}"),
            s.Convoy >= 0 ? _convoys[s.Convoy] : null, _disruptions.Condition(DisruptedElement.Site, i))).ToArray();
        _stockPoints = network.StockPoints.Select((p, i) =>
            new StockPointNode(simulation, network, i, blueprint.Controllers[i], streams, _ledger, _inbound[p.Site])).ToArray();
        var channels = new Dictionary<string, ISupplyChannel>(StringComparer.Ordinal);
        var printers = new List<PrinterPool>();
        var printersBySource = new Dictionary<int, PrinterPool>();
        for (int j = 0; j < network.Sources.Count; j++)
        {
            var source = network.Sources[j];
            var condition = _disruptions.Condition(DisruptedElement.Source, j);
            if (source.Kind == SourceKind.Printer)
            {
                var pool = new PrinterPool(simulation, source, streams, _ledger, condition);
                printers.Add(pool);
                printersBySource[j] = pool;
                channels[source.Name] = pool;
                if (source.Material is { Convoy: >= 0 } m) _convoys[m.Convoy].MaterialCustomers.Add(pool);
            }
            else
            {
                channels[source.Name] = new LeadTimeChannel(simulation, source, streams, _ledger, condition);
            }
        }
        _printers = [.. printers];
        for (int i = 0; i < _stockPoints.Length; i++)
        {
            var point = network.StockPoints[i];
            int parentSite = network.Sites[point.Site].Parent;
            _stockPoints[i].Channels = blueprint.SourceNames[i]
                .Select(name => name == "parent"
                    ? new ParentChannel(_stockPoints[network.StockPointOf(parentSite, point.Part)])
                    : channels[name])
                .ToArray();
        }
        _since = simulation.Now;
        _bases = network.InstalledBases.Select(b =>
            new InstalledBaseNode(simulation, b, _stockPoints[network.StockPointOf(b.Site, b.Part)], streams, _ledger)).ToArray();
        _disruptions.Wire(_stockPoints, _bases, printersBySource);
    }

    /// <summary>The blueprint.</summary>
    public NetworkBlueprint Blueprint => _blueprint;

    /// <summary>Starts the installed bases and convoys. Call once.</summary>
    public void Start()
    {
        if (_started) throw new InvalidOperationException("the network is already started");
        _started = true;
        _disruptions.Start();
        _sampler?.Start();
        foreach (var c in _convoys) c.Start();
        foreach (var b in _bases) b.Start();
        var network = _blueprint.Definition;
        foreach (var point in _stockPoints)
        {
            var definition = network.StockPoints[point.Index];
            if (definition.Review is not { } review) continue;
            var convoy = _convoys[network.Sites[definition.Site].Convoy];
            var printer = review.PrintSource < 0 ? null : _printers.First(p => p.Name == network.Sources[review.PrintSource].Name);
            point.StartReview(review, convoy, printer, review.ExpediteSource < 0 ? null : network.Sources[review.ExpediteSource]);
        }
        foreach (var b in _bases)
            if (b.StopgapsPossible) _convoys[network.Sites[b.Definition.Site].Convoy].BeforeUnloading.Add(b.RemoveStopgaps);
        if (network.CostBooking == CostBooking.PeriodEnd) _simulation.Process(PeriodEnds(), "period ends");
    }

    /// <summary>Priority of the period-end booking: after everything else at that instant.</summary>
    public const int PeriodEndPriority = StockPointNode.ReviewPriority + 1;

    // Books holding and downtime on the state at each period end (CostBooking.PeriodEnd).
    private IEnumerable<Event> PeriodEnds()
    {
        while (true)
        {
            yield return _simulation.Timeout(1, null, PeriodEndPriority);
            _ledger.Periods++;
            foreach (var p in _stockPoints)
                for (int v = 0; v < p.VersionNames.Count; v++) _ledger.PeriodEndHolding += p.HoldingRate * p.Price(v) * p.OnHand(v);
            foreach (var b in _bases)
            {
                _ledger.PeriodEndDowntime += b.Definition.DowntimeCost * b.DownSystems;
                _ledger.PeriodEndDown += b.DownSystems;
            }
        }
    }

    /// <summary>Restarts every statistic now (end of the warm-up).</summary>
    public void ResetStatistics()
    {
        double now = _simulation.Now;
        _since = now;
        _sampler?.BeforeReset();
        _disruptions.ResetStatistics(now);
        _ledger.Reset();
        foreach (var p in _stockPoints) p.ResetStatistics(now);
        foreach (var b in _bases) b.ResetStatistics(now);
        foreach (var p in _printers) p.ResetStatistics(now);
        foreach (var t in _inbound) t.Shipments = 0;
        foreach (var c in _convoys) c.ResetStatistics();
    }

    /// <summary>The measures since the last reset, in <see cref="NetworkBlueprint.Measures"/> order.</summary>
    public double[] Measures()
    {
        double now = _simulation.Now, time = now - _since;
        if (!(time > 0)) throw new InvalidOperationException("no time has been observed since the last reset");
        return NetworkMeasures.Values(_blueprint.Definition, now, time, _ledger, _stockPoints, _bases, _printers, _inbound, _convoys, _disruptions.Processes);
    }

    /// <summary>Records every decision and disruption start and end in <paramref name="log"/>. Call before <see cref="Start"/>.</summary>
    public void Attach(DecisionLog log)
    {
        ArgumentNullException.ThrowIfNull(log);
        foreach (var p in _stockPoints) p.Log = log;
        foreach (var d in _disruptions.Processes) d.Changed = (process, started) => log.Disruption(process, _simulation.Now, started);
    }

    /// <summary>Samples <paramref name="measures"/> (names of <see cref="NetworkSampler.Names"/>) on <paramref name="grid"/>; returns the values array, filled as the run goes (measure-major). Call before <see cref="Start"/>.</summary>
    public double[] Sample(TimeGrid grid, IReadOnlyList<string> measures)
    {
        ArgumentNullException.ThrowIfNull(grid);
        ArgumentNullException.ThrowIfNull(measures);
        _sampler = new NetworkSampler(_simulation, grid, measures, _blueprint.Definition, _stockPoints, _bases, _printers, _disruptions.Processes);
        return _sampler.Values;
    }

    /// <summary>The values a time series can sample in <paramref name="network"/>.</summary>
    public static IReadOnlyList<string> SampleableMeasures(NetworkDefinition network) => NetworkSampler.Names(network);

    /// <summary>
    /// One replication of <paramref name="blueprint"/>: <paramref name="warmUp"/> discarded, then
    /// <paramref name="observedTime"/> observed; returns the measures and the kernel events processed.
    /// </summary>
    public static (double[] Measures, long Events) Run(NetworkBlueprint blueprint, RandomStreams streams, double warmUp, double observedTime)
    {
        var (measures, events, _) = Run(blueprint, streams, warmUp, observedTime, null, null);
        return (measures, events);
    }

    /// <summary>
    /// As <see cref="Run(NetworkBlueprint, RandomStreams, double, double)"/>, with an optional decision log and an optional
    /// time series (<paramref name="series"/>: the grid and the measures); returns the sampled values too (empty without a series).
    /// </summary>
    public static (double[] Measures, long Events, double[] Series) Run(NetworkBlueprint blueprint, RandomStreams streams, double warmUp, double observedTime,
        DecisionLog? log, (TimeGrid Grid, IReadOnlyList<string> Measures)? series)
    {
        if (!(warmUp >= 0) || !double.IsFinite(warmUp)) throw new ArgumentOutOfRangeException(nameof(warmUp), warmUp, "the warm-up must be finite and >= 0");
        if (!(observedTime > 0) || !double.IsFinite(observedTime)) throw new ArgumentOutOfRangeException(nameof(observedTime), observedTime, "the observation period must be finite and > 0");
        var simulation = new Simulation();
        var network = new SupplyNetwork(simulation, blueprint, streams);
        if (log is not null) network.Attach(log);
        double[] values = series is { } s ? network.Sample(s.Grid, s.Measures) : [];
        network.Start();
        simulation.Run(warmUp);
        network.ResetStatistics();
        simulation.Run(warmUp + observedTime);
        return (network.Measures(), simulation.ProcessedEvents, values);
    }
}
