using SpareSim.Core.Kernel;
using SpareSim.Core.Random;
using SpareSim.Models.Network.Definition;

namespace SpareSim.Models.Network.Engine;

/// <summary>
/// A convoy at run time: departs at offset, offset + period, …; loads every delivery waiting for
/// it; arrives after the transit time plus the delay; a cancelled departure leaves its load for the
/// next one. Draws cancellation, transit and delay at every departure from stream "convoy/NAME",
/// so scenarios stay paired. On arrival it also tops up the raw material of printers at the sites
/// it serves.
/// </summary>
internal sealed class ConvoyService
{
    private readonly Simulation _simulation;
    private readonly ConvoyDefinition _definition;
    private readonly RandomStream _stream;
    private readonly NetworkLedger _ledger;
    private readonly Action<Event> _arrived;
    // Disruptions aimed at this convoy (null: none).
    private readonly Disruptions.ElementCondition? _condition;
    private List<Delivery> _loading = [];

    public ConvoyService(Simulation simulation, ConvoyDefinition definition, RandomStreams streams, NetworkLedger ledger, Disruptions.ElementCondition? condition = null)
    {
        _simulation = simulation;
        _definition = definition;
        _stream = streams.Get($"convoy/{definition.Name}");
        _ledger = ledger;
        _arrived = Arrived;
        _condition = condition;
    }

    public string Name => _definition.Name;

    /// <summary>Printer pools whose material this convoy tops up.</summary>
    public List<PrinterPool> MaterialCustomers { get; } = [];

    public long Departures { get; private set; }

    public long Cancellations { get; private set; }

    public void Start() => _simulation.Process(Run(), $"convoy/{_definition.Name}");

    public void Load(Delivery delivery) => _loading.Add(delivery);

    private IEnumerable<Event> Run()
    {
        for (long k = 0; ; k++)
        {
            double departure = _definition.Offset + k * _definition.Period;
            if (departure > _simulation.Now) yield return _simulation.Timeout(departure - _simulation.Now);
            bool cancelled = _stream.NextDouble() < _definition.CancellationProbability;
            double transit = _definition.TransitTime?.Sample(_stream) ?? 0;
            double delay = _definition.Delay?.Sample(_stream) ?? 0;
            if (_condition is { } c)
            {
                cancelled |= c.IsActive(Disruptions.DisruptionKind.ConvoyCancellation);
                delay += c.ExtraDelay();
            }
            if (cancelled)
            {
                Cancellations++;
                continue;
            }
            Departures++;
            _ledger.Transport += _definition.CostPerDeparture;
            var load = _loading;
            _loading = [];
            _simulation.Timeout(transit + delay, load).AddCallback(_arrived);
        }
    }

    private void Arrived(Event e)
    {
        foreach (var delivery in (List<Delivery>)e.Value!) delivery.Destination.Receive(delivery);
        foreach (var printer in MaterialCustomers) printer.TopUpMaterial();
    }
}
