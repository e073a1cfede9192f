using SpareSim.Core.Kernel;
using SpareSim.Core.Random;
using SpareSim.Core.Statistics;
using SpareSim.Models.Network.Controllers;
using SpareSim.Models.Network.Definition;

namespace SpareSim.Models.Network.Engine;

/// <summary>
/// A stock point at run time: spares on hand and units in resupply per version, a first-come
/// first-served queue of waiting demands (down units of the site's installed bases and orders of
/// child sites), and its controller, asked at every demand in the state just before it. One for
/// one: each demand starts one replenishment. An arriving unit goes to the longest-waiting demand,
/// else to the shelf. A controller may order a batch (or nothing) instead of one unit.
/// </summary>
internal sealed class StockPointNode : IStockPointView
{
    private readonly Simulation _simulation;
    private readonly StockPointDefinition _definition;
    private readonly PartDefinition _part;
    private readonly IReplenishmentController _controller;
    private readonly NetworkLedger _ledger;
    private readonly int[] _onHand, _pipeline, _installed;
    // One first-come first-served queue, or one per version when each version is its own pool.
    private readonly Queue<Waiting>[] _waiting;
    private int _backorders;
    private readonly Delivery[] _deliveries;
    private readonly TimeWeightedStatistic[] _onHandStat, _installedStat;
    private int _pipelineTotal, _failedVersion = -1;
    private double _lastDelivery = double.NaN;
    private ISupplyChannel[] _channels = [];

    public StockPointNode(Simulation simulation, NetworkDefinition network, int index, IReplenishmentController controller, RandomStreams streams,
        NetworkLedger ledger, Transport inbound)
    {
        _simulation = simulation;
        _definition = network.StockPoints[index];
        _part = network.Parts[_definition.Part];
        _controller = controller;
        _ledger = ledger;
        Index = index;
        Inbound = inbound;
        Site = network.Sites[_definition.Site].Name;
        Part = _part.Name;
        VersionNames = _part.Versions.Select(v => v.Name).ToArray();
        int n = VersionNames.Count;
        _onHand = _definition.InitialStock.ToArray();
        _pipeline = new int[n];
        _installed = new int[n];
        foreach (var b in network.InstalledBases.Where(b => b.Site == _definition.Site && b.Part == _definition.Part))
            for (int v = 0; v < n; v++) _installed[v] += b.InitialInstalled[v];
        _waiting = Enumerable.Range(0, _definition.PoolPerVersion ? n : 1).Select(_ => new Queue<Waiting>()).ToArray();
        _deliveries = new Delivery[n * n];
        for (int o = 0; o < n; o++)
            for (int a = 0; a < n; a++) _deliveries[o * n + a] = new Delivery(this, o, a);
        double now = simulation.Now;
        _onHandStat = _onHand.Select(s => new TimeWeightedStatistic(now, s)).ToArray();
        _installedStat = _installed.Select(s => new TimeWeightedStatistic(now, s)).ToArray();
        DecisionStream = streams.Get($"decisions/{Site}/{Part}");
        Orders = new long[n];
    }

    public int Index { get; }

    /// <summary>Index of the stock point's site.</summary>
    public int SiteIndex => _definition.Site;

    public string Site { get; }

    public string Part { get; }

    public IReadOnlyList<string> VersionNames { get; }

    public IReadOnlyList<string> SourceNames { get; private set; } = [];

    public double Now => _simulation.Now;

    public int Backorders => _backorders;

    public int FailedVersion => _failedVersion;

    public RandomStream DecisionStream { get; }

    /// <summary>The sources, in controller index order; set once when the network is wired.</summary>
    public ISupplyChannel[] Channels
    {
        get => _channels;
        set
        {
            _channels = value;
            SourceNames = value.Select(c => c.Name).ToArray();
        }
    }

    /// <summary>The site's inbound transport (from the parent, and the convoy for supplier deliveries).</summary>
    public Transport Inbound { get; }

    /// <summary>Waiting demands over time (down units and child orders): the stock point's backorders.</summary>
    public TimeWeightedStatistic BackorderStat { get; } = new();

    /// <summary>Units ordered and not yet received, over time.</summary>
    public TimeWeightedStatistic PipelineStat { get; } = new();

    public long Demands { get; private set; }

    public long FilledFromShelf { get; private set; }

    public double TotalWait { get; private set; }

    public long[] Orders { get; }

    /// <summary>Orders placed (a batch counts once).</summary>
    public long Replenishments { get; private set; }

    /// <summary>Deliveries (units landing at one instant count once) that found demands waiting: under (s, Q), orders whose cycle ran out of stock.</summary>
    public long Stockouts { get; private set; }

    public double HoldingRate => _definition.HoldingRate;

    public int OnHand(int version) => _onHand[version];

    public int Pipeline(int version) => _pipeline[version];

    public int Installed(int version) => _installed[version];

    public double Price(int version) => _part.Versions[version].Price;

    public Delivery Delivery(int ordered, int arrived) => _deliveries[ordered * VersionNames.Count + arrived];

    public double OnHandAverage(int version, double now) => _onHandStat[version].TimeAverage(now);

    public double InstalledAverage(int version, double now) => _installedStat[version].TimeAverage(now);

    /// <summary>Failures at this stock point's installed bases (observation period).</summary>
    public long FailureDemands { get; private set; }

    /// <summary>Failures served by emergency shipment (<see cref="ShortageRule.Emergency"/>; observation period).</summary>
    public long Emergencies { get; private set; }

    /// <summary>A unit of <paramref name="version"/> of <paramref name="owner"/> failed (unit −1: Poisson demand).</summary>
    public void OnFailure(InstalledBaseNode owner, int unit, int version)
    {
        FailureDemands++;
        if (_definition.Shortage == ShortageRule.Emergency && NothingOnHand())
        {
            // Lost to the stock point: no order, the unit is back in service at once (same version).
            Emergencies++;
            Demands++;
            if (owner.IsRenewal) owner.Install(unit, version);
            return;
        }
        _failedVersion = version;
        var decision = _controller.Decide(this, DemandKind.Failure);
        _failedVersion = -1;
        if (owner.IsRenewal) SetInstalled(version, _installed[version] - 1);
        Replenish(decision);
        Serve(new Waiting(owner, unit, null, 0, _simulation.Now), decision.Install);
    }

    /// <summary>A child stock point ordered a unit of <paramref name="version"/>.</summary>
    public void OnChildOrder(StockPointNode child, int version)
    {
        var decision = _controller.Decide(this, DemandKind.ChildOrder);
        Replenish(decision);
        Serve(new Waiting(null, 0, child, version, _simulation.Now), _definition.PoolPerVersion ? decision.Install : version);
    }

    /// <summary>A unit arrived.</summary>
    public void Receive(Delivery delivery)
    {
        double now = _simulation.Now;
        // A batch lands as units at one instant: count the instant once, before it serves anyone.
        if (now != _lastDelivery)
        {
            if (_backorders > 0) Stockouts++;
            _lastDelivery = now;
        }
        _pipeline[delivery.Ordered]--;
        _pipelineTotal--;
        PipelineStat.Update(now, _pipelineTotal);
        if (_waiting[_waiting.Length == 1 ? 0 : delivery.Arrived].TryDequeue(out var next))
        {
            BackorderStat.Update(now, --_backorders);
            TotalWait += now - next.Since;
            Hand(next, delivery.Arrived, fromQueue: true);
        }
        else
        {
            SetOnHand(delivery.Arrived, _onHand[delivery.Arrived] + 1);
        }
    }

    public void ResetStatistics(double now)
    {
        foreach (var s in _onHandStat) s.Reset(now);
        foreach (var s in _installedStat) s.Reset(now);
        BackorderStat.Reset(now);
        PipelineStat.Reset(now);
        Demands = 0;
        FailureDemands = 0;
        Emergencies = 0;
        FilledFromShelf = 0;
        TotalWait = 0;
        Replenishments = 0;
        Stockouts = 0;
        Array.Clear(Orders);
    }

    private void Replenish(ReplenishmentDecision decision)
    {
        if ((uint)decision.Source >= (uint)Channels.Length || (uint)decision.Version >= (uint)_pipeline.Length || (uint)decision.Install >= (uint)_pipeline.Length)
            throw new InvalidOperationException($"the controller of {Site}/{Part} returned {decision}, outside its {Channels.Length} sources and {_pipeline.Length} versions");
        if (decision.Quantity < 0) throw new InvalidOperationException($"the controller of {Site}/{Part} ordered {decision.Quantity} units");
        Demands++;
        if (decision.Quantity == 0) return;
        Replenishments++;
        Orders[decision.Version] += decision.Quantity;
        _pipeline[decision.Version] += decision.Quantity;
        _pipelineTotal += decision.Quantity;
        PipelineStat.Update(_simulation.Now, _pipelineTotal);
        for (int q = 0; q < decision.Quantity; q++) Channels[decision.Source].Order(this, decision.Version);
    }

    private void Serve(Waiting demand, int preferred)
    {
        int taken = _onHand[preferred] > 0 ? preferred : -1;
        for (int v = 0; taken < 0 && _waiting.Length == 1 && v < _onHand.Length; v++)
            if (_onHand[v] > 0) taken = v;
        if (taken >= 0)
        {
            FilledFromShelf++;
            SetOnHand(taken, _onHand[taken] - 1);
            Hand(demand, taken, fromQueue: false);
            return;
        }
        if (demand.Base is not null) demand.Base.MarkWaiting(demand.Unit);
        _waiting[_waiting.Length == 1 ? 0 : preferred].Enqueue(demand);
        BackorderStat.Update(_simulation.Now, ++_backorders);
    }

    private void Hand(Waiting demand, int version, bool fromQueue)
    {
        if (demand.Base is { } owner)
        {
            if (owner.IsRenewal)
            {
                SetInstalled(version, _installed[version] + 1);
                owner.Install(demand.Unit, version);
            }
            else if (fromQueue)
            {
                owner.Install(demand.Unit, version);
            }
        }
        else
        {
            var child = demand.Child!;
            child.Inbound.Ship(child.Delivery(demand.ChildVersion, version));
        }
    }

    private bool NothingOnHand()
    {
        foreach (int n in _onHand)
            if (n > 0) return false;
        return true;
    }

    private void SetOnHand(int version, int level)
    {
        _onHand[version] = level;
        _onHandStat[version].Update(_simulation.Now, level);
    }

    private void SetInstalled(int version, int level)
    {
        _installed[version] = level;
        _installedStat[version].Update(_simulation.Now, level);
    }

    private readonly record struct Waiting(InstalledBaseNode? Base, int Unit, StockPointNode? Child, int ChildVersion, double Since);
}
