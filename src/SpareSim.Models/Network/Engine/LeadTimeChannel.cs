using SpareSim.Core.Distributions;
using SpareSim.Core.Kernel;
using SpareSim.Core.Random;
using SpareSim.Models.Network.Definition;
using SpareSim.Models.Network.Disruptions;

namespace SpareSim.Models.Network.Engine;

/// <summary>
/// A supplier or a repair shop: every order is delivered after its own time, drawn from the
/// source's stream "lead-times/SOURCE" (orders may overtake each other, an M/G/∞ pipeline).
/// A supplier's delivery to a site served by a convoy waits for the convoy.
/// </summary>
internal sealed class LeadTimeChannel : ISupplyChannel
{
    private readonly Simulation _simulation;
    private readonly SourceDefinition _source;
    private readonly IDistribution _leadTime;
    private readonly RandomStream _stream;
    private readonly Action<Event> _landed;
    private readonly NetworkLedger _ledger;
    private readonly ElementCondition? _condition;

    public LeadTimeChannel(Simulation simulation, SourceDefinition source, RandomStreams streams, NetworkLedger ledger, ElementCondition? condition = null)
    {
        _simulation = simulation;
        _source = source;
        _leadTime = source.LeadTime;
        _stream = streams.Get($"lead-times/{source.Name}");
        _ledger = ledger;
        _landed = Landed;
        _condition = condition;
    }

    public string Name => _source.Name;

    public void Order(StockPointNode destination, int version)
    {
        double cost = _source.CostPerUnit ?? destination.Price(version);
        if (_source.Kind == SourceKind.Repair) _ledger.Repair += cost;
        else _ledger.Purchase += cost;
        double lead = _leadTime.Sample(_stream);
        if (_condition is null) _simulation.Timeout(lead, destination.Delivery(version, version)).AddCallback(_landed);
        else Disrupted(lead, destination.Delivery(version, version));
    }

    // Disruption hook: an order placed during an outage waits for its end; a slowdown stretches the lead time.
    private void Disrupted(double lead, Delivery delivery)
    {
        var c = _condition!;
        if (c.IsActive(DisruptionKind.Outage))
            c.WhenClear(DisruptionKind.Outage).AddCallback(_ => Disrupted(lead, delivery));
        else
            _simulation.Timeout(lead * c.Factor(DisruptionKind.Slowdown), delivery).AddCallback(_landed);
    }

    private void Landed(Event e)
    {
        var delivery = (Delivery)e.Value!;
        var convoy = delivery.Destination.Inbound.Convoy;
        if (_source.Kind == SourceKind.Supplier && convoy is not null) convoy.Load(delivery, _source.CostPerUnit ?? delivery.Destination.Price(delivery.Ordered));
        else delivery.Destination.Receive(delivery);
    }
}
