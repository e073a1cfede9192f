using SpareSim.Core.Distributions;
using SpareSim.Core.Kernel;
using SpareSim.Core.Random;

namespace SpareSim.Models.Network.Engine;

/// <summary>
/// How units reach a site from outside: at once, after a shipping time drawn per unit, or on the
/// site's convoy. Counts shipments for the transport cost.
/// </summary>
internal sealed class Transport
{
    private readonly Simulation _simulation;
    private readonly IDistribution? _shipTime;
    private readonly RandomStream? _stream;

    private readonly Disruptions.ElementCondition? _condition;

    public Transport(Simulation simulation, IDistribution? shipTime, RandomStream? stream, ConvoyService? convoy, Disruptions.ElementCondition? condition = null)
    {
        _simulation = simulation;
        _shipTime = shipTime;
        _stream = stream;
        Convoy = convoy;
        _condition = condition;
    }

    public ConvoyService? Convoy { get; }

    public long Shipments { get; set; }

    public void Ship(Delivery delivery)
    {
        Shipments++;
        if (Convoy is not null) Convoy.Load(delivery);
        // Disruption hook: a slowdown of the site stretches the shipping time drawn.
        else if (_shipTime is not null) _simulation.Timeout(_shipTime.Sample(_stream!) * (_condition?.Factor(Disruptions.DisruptionKind.Slowdown) ?? 1), delivery).AddCallback(Delivery.Arrive);
        else delivery.Destination.Receive(delivery);
    }
}
