using SpareSim.Core.Kernel;
using SpareSim.Core.Random;
using SpareSim.Core.Statistics;

namespace SpareSim.Models.MultiEchelon;

/// <summary>
/// The CMC: one or two serviceable pools, each with an FCFS queue of requests from its own
/// customers and from RMC orders. Every own failure and every regional carcass starts one
/// replenishment (CP repair, or AM with the configured probability) that refills the pool of the
/// request it was triggered with.
/// </summary>
internal sealed class CentralDepot
{
    private const int Own = -1;
    private readonly Simulation _simulation;
    private readonly CentralDepotConfiguration _configuration;
    private readonly bool _split;
    private readonly EchelonNetworkState _network;
    private readonly RandomStream _mode, _repair, _am;
    private readonly Pool[] _pools;
    private readonly Action<Event>[] _replenished;
    private RegionalDepot[] _regions = [];
    private int _pipeline, _ownWaiting, _outstanding;

    public CentralDepot(Simulation simulation, RandomStreams streams, CentralDepotConfiguration configuration, CentralStockMode mode, EchelonNetworkState network)
    {
        _simulation = simulation;
        _configuration = configuration;
        _split = mode == CentralStockMode.SplitPools;
        _network = network;
        _mode = streams.Get($"mode/{configuration.Name}");
        _repair = streams.Get($"repair/{configuration.Name}");
        _am = streams.Get($"am/{configuration.Name}");
        _pools = [new Pool(configuration.Stock), new Pool(_split ? configuration.AmPoolStock : 0)];
        _replenished = [_ => Replenished(0), _ => Replenished(1)];
        Customers = new SiteStatistics(configuration.Name);
    }

    /// <summary>The CMC's own customers.</summary>
    public SiteStatistics Customers { get; }

    /// <summary>Units in CP repair or AM production at the CMC.</summary>
    public TimeWeightedStatistic Pipeline { get; } = new();

    /// <summary>Requests (own customers and RMC orders) waiting for CMC stock: EBO0 of METRIC.</summary>
    public TimeWeightedStatistic Outstanding { get; } = new();

    public void Connect(RegionalDepot[] regions) => _regions = regions;

    public void OnFailure()
    {
        bool am = _mode.NextDouble() < _configuration.AmProbabilityOwn;
        Request(Own, am);
    }

    /// <summary>An RMC sends a carcass and orders a unit; <paramref name="u"/> is the RMC's mode uniform.</summary>
    public void OrderFromRegion(RegionalDepot region, double u)
    {
        _network.PipelineChanged(+1);
        Request(region.Index, u < _configuration.AmProbabilityRegional);
    }

    public void ResetStatistics(double now)
    {
        Customers.Reset(now);
        Pipeline.Reset(now);
        Outstanding.Reset(now);
    }

    private void Request(int requester, bool am)
    {
        double now = _simulation.Now;
        int pool = _split && am ? 1 : 0;
        var p = _pools[pool];
        if (p.OnHand > 0)
        {
            p.OnHand--;
            Fulfil(requester, now, now, queued: false);
        }
        else
        {
            p.Waiting.Enqueue((requester, now));
            _outstanding++;
            Outstanding.Update(now, _outstanding);
            if (requester == Own)
            {
                _ownWaiting++;
                Customers.Backordered(now, _ownWaiting);
            }
        }
        double duration = am ? _configuration.AmTime.Sample(_am) : _configuration.RepairTime.Sample(_repair);
        _pipeline++;
        _network.PipelineChanged(+1);
        Pipeline.Update(now, _pipeline);
        _simulation.Timeout(duration).AddCallback(_replenished[pool]);
    }

    private void Replenished(int pool)
    {
        double now = _simulation.Now;
        _pipeline--;
        _network.PipelineChanged(-1);
        Pipeline.Update(now, _pipeline);
        var p = _pools[pool];
        if (p.Waiting.TryDequeue(out var next))
        {
            _outstanding--;
            Outstanding.Update(now, _outstanding);
            Fulfil(next.Requester, next.Since, now, queued: true);
        }
        else
        {
            p.OnHand++;
        }
    }

    private void Fulfil(int requester, double since, double now, bool queued)
    {
        if (requester == Own)
        {
            if (queued)
            {
                _ownWaiting--;
                Customers.Unblocked(now, _ownWaiting, now - since);
            }
            else
            {
                Customers.Served(now, waited: 0);
            }
        }
        else
        {
            _regions[requester].Ship();
        }
    }

    private sealed class Pool(int stock)
    {
        public int OnHand { get; set; } = stock;

        public Queue<(int Requester, double Since)> Waiting { get; } = new();
    }
}
