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
/// else to the shelf. A controller may order a batch (or nothing) instead of one unit. With a
/// review (<see cref="ReviewDefinition"/>), at the end of every period it may expedite waiting
/// failures or print stopgaps for them.
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
    // The review's wiring and state (StartReview); the first version that is not a stopgap.
    private readonly int _regularVersion;
    private readonly RandomStream _expediteStream;
    private readonly Action<Event> _expedited;
    private ConvoyService? _reviewConvoy;
    private PrinterPool? _reviewPrinter;
    private SourceDefinition? _expediteSource;
    private int _expeditedInFlight;
    private long _cyclePrints;

    /// <summary>Review priority: after the period end's failures, arrivals and deliveries, before the period-end booking.</summary>
    public const int ReviewPriority = 2;

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
        TemporaryVersions = _part.Versions.Select(v => v.Temporary).ToArray();
        _regularVersion = Math.Max(0, Array.IndexOf(TemporaryVersions, false));
        _expediteStream = streams.Get($"expedite/{Site}/{Part}");
        _expedited = Expedited;
    }

    /// <summary>Per version, whether it is a temporary stopgap.</summary>
    public bool[] TemporaryVersions { get; }

    /// <summary>The installed bases this stock point serves.</summary>
    public List<InstalledBaseNode> Bases { get; } = [];

    /// <summary>Failures served by expediting (observation period).</summary>
    public long Expedites { get; private set; }

    /// <summary>Stopgaps a review asked for that the printer could not attempt (capacity, material).</summary>
    public long UnmetPrints { get; private set; }

    /// <summary>Usable stopgaps printed for this stock point's reviews (observation period).</summary>
    public long StopgapPrints { get; private set; }

    /// <summary>Print attempts per convoy cycle (between arrivals), for reviews.</summary>
    public Tally PrintsPerCycle { get; } = new();

    /// <summary>Stopgaps in service now.</summary>
    public int StopgapsInstalled
    {
        get
        {
            int n = 0;
            foreach (var b in Bases) n += b.StopgapsInstalled;
            return n;
        }
    }

    /// <summary>Starts the review process: every period end, with the site's convoy, the printer and the expedite source of <paramref name="review"/>.</summary>
    public void StartReview(ReviewDefinition review, ConvoyService convoy, PrinterPool? printer, SourceDefinition? expediteSource)
    {
        _reviewConvoy = convoy;
        _reviewPrinter = printer;
        _expediteSource = expediteSource;
        convoy.BeforeUnloading.Add(() =>
        {
            PrintsPerCycle.Add(_cyclePrints);
            _cyclePrints = 0;
        });
        _simulation.Process(Reviews(review), $"review/{Site}/{Part}");
    }

    /// <summary>A stopgap of <paramref name="version"/> in <paramref name="unit"/> failed or was taken out: the unit needs a spare, and orders none (its first failure did).</summary>
    public void OnStopgapOut(InstalledBaseNode owner, int unit, int version)
    {
        SetInstalled(version, _installed[version] - 1);
        Serve(new Waiting(owner, unit, null, 0, _simulation.Now), _regularVersion, counted: false);
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
            Log?.Emergency(this, version);
            if (owner.IsRenewal) owner.Install(unit, version);
            return;
        }
        _failedVersion = version;
        var decision = _controller.Decide(this, DemandKind.Failure);
        Log?.Decision(this, DemandKind.Failure, decision, "failure");
        _failedVersion = -1;
        if (owner.IsRenewal) SetInstalled(version, _installed[version] - 1);
        Replenish(decision);
        Serve(new Waiting(owner, unit, null, 0, _simulation.Now), decision.Install, counted: true);
    }

    /// <summary>A child stock point ordered a unit of <paramref name="version"/>.</summary>
    public void OnChildOrder(StockPointNode child, int version)
    {
        var decision = _controller.Decide(this, DemandKind.ChildOrder);
        Log?.Decision(this, DemandKind.ChildOrder, decision, "child-order");
        Replenish(decision);
        Serve(new Waiting(null, 0, child, version, _simulation.Now), _definition.PoolPerVersion ? decision.Install : version, counted: true);
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
        if (!ServeLongestWaiting(_waiting[_waiting.Length == 1 ? 0 : delivery.Arrived], delivery.Arrived))
            SetOnHand(delivery.Arrived, _onHand[delivery.Arrived] + 1);
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
        Expedites = 0;
        UnmetPrints = 0;
        StopgapPrints = 0;
        PrintsPerCycle.Reset();
    }

    private IEnumerable<Event> Reviews(ReviewDefinition review)
    {
        while (true)
        {
            yield return _simulation.Timeout(1, null, ReviewPriority);
            var convoy = _reviewConvoy!;
            // No emergency decision at an arrival: the convoy has just brought everything ordered.
            if (convoy.LastArrival == _simulation.Now) continue;
            int waiting = _backorders - _expeditedInFlight;
            if (waiting <= 0) continue;
            int periodsLeft = (int)Math.Round(convoy.NextDue - _simulation.Now);
            var order = review.Controller.Decide(this, waiting, periodsLeft, StopgapsInstalled);
            int expedite = _expediteSource is null ? 0 : Math.Clamp(order.Expedite, 0, waiting);
            int print = _reviewPrinter is null ? 0 : Math.Clamp(order.Print, 0, waiting - expedite);
            for (int i = 0; i < expedite; i++) Expedite(convoy);
            if (print > 0) PrintStopgaps(review.PrintVersion, print);
        }
    }

    // The failure's pending convoy order comes off the convoy and is delivered from the expedite source instead.
    private void Expedite(ConvoyService convoy)
    {
        var source = _expediteSource!;
        if (convoy.TakeBack(this, out var delivery, out double refund))
        {
            _ledger.Purchase -= refund;
        }
        else
        {
            // Nothing left to take off the convoy (it is on its way): an extra order.
            delivery = Delivery(_regularVersion, _regularVersion);
            Demands++;
            AddToPipeline(_regularVersion, 1);
        }
        Expedites++;
        _expeditedInFlight++;
        _ledger.Expedite += source.CostPerUnit ?? Price(delivery.Ordered);
        _simulation.Timeout(source.LeadTime.Sample(_expediteStream), delivery).AddCallback(_expedited);
    }

    private void Expedited(Event e)
    {
        _expeditedInFlight--;
        Receive((Delivery)e.Value!);
    }

    private void PrintStopgaps(int version, int requested)
    {
        int attempts = _reviewPrinter!.PrintNow(this, version, requested, out int usable);
        UnmetPrints += requested - attempts;
        StopgapPrints += usable;
        _cyclePrints += attempts;
        for (int i = 0; i < usable; i++)
            if (!ServeLongestWaiting(_waiting[0], version)) break;
    }

    // Hands a unit of version to the longest-waiting demand of the queue; false when none waits.
    private bool ServeLongestWaiting(Queue<Waiting> queue, int version)
    {
        if (!queue.TryDequeue(out var next)) return false;
        double now = _simulation.Now;
        BackorderStat.Update(now, --_backorders);
        TotalWait += now - next.Since;
        Hand(next, version, fromQueue: true);
        return true;
    }

    /// <summary>Decision log hook: null (the default) logs nothing.</summary>
    public Logging.DecisionLog? Log { get; set; }

    /// <summary>
    /// Disruption hook (stock loss): each unit on hand is lost with probability
    /// <paramref name="fraction"/>; each lost unit is reordered as the controller decides for a failure of its version.
    /// </summary>
    public void LoseStock(double fraction, RandomStream stream)
    {
        for (int v = 0; v < _onHand.Length; v++)
        {
            int lost = 0;
            for (int i = 0; i < _onHand[v]; i++)
                if (stream.NextDouble() < fraction) lost++;
            SetOnHand(v, _onHand[v] - lost);
            for (int i = 0; i < lost; i++)
            {
                _failedVersion = v;
                var decision = _controller.Decide(this, DemandKind.Failure);
                Log?.Decision(this, DemandKind.Failure, decision, "stock-loss");
                _failedVersion = -1;
                PlaceOrder(decision);
            }
        }
    }

    private void Replenish(ReplenishmentDecision decision)
    {
        Demands++;
        PlaceOrder(decision);
    }

    // One decision's order: a batch of Quantity units (0: none) of the version from the source.
    private void PlaceOrder(ReplenishmentDecision decision)
    {
        if ((uint)decision.Source >= (uint)Channels.Length || (uint)decision.Version >= (uint)_pipeline.Length || (uint)decision.Install >= (uint)_pipeline.Length)
            throw new InvalidOperationException($"the controller of {Site}/{Part} returned {decision}, outside its {Channels.Length} sources and {_pipeline.Length} versions");
        if (decision.Quantity < 0) throw new InvalidOperationException($"the controller of {Site}/{Part} ordered {decision.Quantity} units");
        if (decision.Quantity == 0) return;
        Replenishments++;
        AddToPipeline(decision.Version, decision.Quantity);
        for (int q = 0; q < decision.Quantity; q++) Channels[decision.Source].Order(this, decision.Version);
    }

    private void AddToPipeline(int version, int quantity)
    {
        Orders[version] += quantity;
        _pipeline[version] += quantity;
        _pipelineTotal += quantity;
        PipelineStat.Update(_simulation.Now, _pipelineTotal);
    }

    private void Serve(Waiting demand, int preferred, bool counted)
    {
        int taken = _onHand[preferred] > 0 ? preferred : -1;
        for (int v = 0; taken < 0 && _waiting.Length == 1 && v < _onHand.Length; v++)
            if (_onHand[v] > 0) taken = v;
        if (taken >= 0)
        {
            if (counted) FilledFromShelf++;
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
