using SpareSim.Core.Distributions;
using SpareSim.Core.Kernel;
using SpareSim.Core.Random;
using SpareSim.Core.Statistics;

namespace SpareSim.Models.MultiEchelon;

/// <summary>
/// An RMC: serves its customers from stock or backorders them (FCFS); every failure triggers one
/// replenishment, a local repair (CP or AM) with probability ρ, else an order on the CMC whose unit is
/// shipped to the site. Arriving units go to the longest-waiting customer, else to stock.
/// </summary>
internal sealed class RegionalDepot
{
    private readonly Simulation _simulation;
    private readonly RegionalDepotConfiguration _configuration;
    private readonly CentralDepot _central;
    private readonly EchelonNetworkState _network;
    private readonly RandomStream _routing, _mode, _repair, _am, _ship;
    private readonly Queue<double> _waiting = new();
    private readonly Action<Event> _localDone, _shipmentArrived;
    private int _onHand, _local, _orders;

    public RegionalDepot(Simulation simulation, RandomStreams streams, RegionalDepotConfiguration configuration, int index, CentralDepot central, EchelonNetworkState network)
    {
        _simulation = simulation;
        _configuration = configuration;
        _central = central;
        _network = network;
        Index = index;
        string site = configuration.Name;
        // One stream per random purpose and site: scenarios that differ only in φ or in a law keep
        // the same demands and routing draws (common random numbers).
        _routing = streams.Get($"routing/{site}");
        _mode = streams.Get($"mode/{site}");
        _repair = streams.Get($"repair/{site}");
        _am = streams.Get($"am/{site}");
        _ship = streams.Get($"ship/{site}");
        _onHand = configuration.Stock;
        _localDone = LocalRepairDone;
        _shipmentArrived = ShipmentArrived;
        Customers = new SiteStatistics(configuration.Name);
    }

    public int Index { get; }

    public SiteStatistics Customers { get; }

    /// <summary>Units in local repair or AM plus orders outstanding at (or in transit from) the CMC.</summary>
    public TimeWeightedStatistic Pipeline { get; } = new();

    public void OnFailure()
    {
        double now = _simulation.Now;
        if (_onHand > 0)
        {
            _onHand--;
            Customers.Served(now, waited: 0);
        }
        else
        {
            _waiting.Enqueue(now);
            Customers.Backordered(now, _waiting.Count);
        }
        // Both uniforms are drawn for every failure so that routing stays in step across scenarios.
        bool local = _routing.NextDouble() < _configuration.LocalRepairProbability;
        double u = _mode.NextDouble();
        if (local)
        {
            bool am = u < _configuration.AmProbability;
            double duration = am ? _configuration.AmTime.Sample(_am) : _configuration.RepairTime.Sample(_repair);
            _local++;
            _network.PipelineChanged(+1);
            Pipeline.Update(now, _local + _orders);
            _simulation.Timeout(duration).AddCallback(_localDone);
        }
        else
        {
            _orders++;
            Pipeline.Update(now, _local + _orders);
            _central.OrderFromRegion(this, u);
        }
    }

    /// <summary>The CMC released a unit for this site: it arrives after the order-and-ship time.</summary>
    public void Ship() => _simulation.Timeout(_configuration.ShipTime.Sample(_ship)).AddCallback(_shipmentArrived);

    public void ResetStatistics(double now)
    {
        Customers.Reset(now);
        Pipeline.Reset(now);
    }

    private void LocalRepairDone(Event _)
    {
        _local--;
        _network.PipelineChanged(-1);
        Pipeline.Update(_simulation.Now, _local + _orders);
        Receive();
    }

    private void ShipmentArrived(Event _)
    {
        _orders--;
        _network.PipelineChanged(-1);
        Pipeline.Update(_simulation.Now, _local + _orders);
        Receive();
    }

    private void Receive()
    {
        double now = _simulation.Now;
        if (_waiting.TryDequeue(out double since)) Customers.Unblocked(now, _waiting.Count, now - since);
        else _onHand++;
    }
}
