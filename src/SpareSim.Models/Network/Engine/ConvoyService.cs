using SpareSim.Core.Kernel;
using SpareSim.Core.Random;
using SpareSim.Models.Network.Definition;

namespace SpareSim.Models.Network.Engine;

/// <summary>
/// A convoy at run time: departs at offset, offset + period, …; loads every delivery waiting for
/// it; arrives after the transit time plus the delay; a cancelled departure leaves its load for the
/// next one. Draws cancellation, transit and delay at every departure from stream "convoy/NAME",
/// so scenarios stay paired. On arrival it first removes the stopgaps installed at the sites it
/// serves, then unloads, then tops up the raw material of printers there.
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
    private List<Loaded> _loading = [];
    // Scheduled arrivals (departure + transit, without the delay the site does not know of) of the convoys on their way.
    private readonly Queue<double> _due = new();

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

    /// <summary>Run at every arrival before anything is unloaded (stopgap removal, review bookkeeping).</summary>
    public List<Action> BeforeUnloading { get; } = [];

    /// <summary>Time of the last arrival (NaN before the first).</summary>
    public double LastArrival { get; private set; } = double.NaN;

    /// <summary>
    /// When the awaited convoy is due: the scheduled arrival of the earliest convoy on its way, or
    /// the next departure when none is (a cancelled departure makes the site wait for the next one).
    /// </summary>
    public double NextDue => _due.Count > 0 ? _due.Peek() : NextDeparture;

    /// <summary>The time of the next departure.</summary>
    public double NextDeparture { get; private set; }

    public long Departures { get; private set; }

    public long Cancellations { get; private set; }

    /// <summary>Restarts the departure and cancellation counts (end of the warm-up).</summary>
    public void ResetStatistics()
    {
        Departures = 0;
        Cancellations = 0;
    }

    public void Start() => _simulation.Process(Run(), $"convoy/{_definition.Name}");

    /// <summary>Loads <paramref name="delivery"/> for the next departure; <paramref name="purchaseCost"/> is what its order booked (refunded if it is expedited).</summary>
    public void Load(Delivery delivery, double purchaseCost = 0) => _loading.Add(new Loaded(delivery, purchaseCost));

    /// <summary>
    /// Takes the latest delivery waiting for <paramref name="destination"/> back off the convoy (it
    /// is expedited); returns false when none waits.
    /// </summary>
    public bool TakeBack(StockPointNode destination, out Delivery delivery, out double purchaseCost)
    {
        for (int i = _loading.Count - 1; i >= 0; i--)
        {
            if (_loading[i].Delivery.Destination != destination) continue;
            (delivery, purchaseCost) = (_loading[i].Delivery, _loading[i].PurchaseCost);
            _loading.RemoveAt(i);
            return true;
        }
        delivery = null!;
        purchaseCost = 0;
        return false;
    }

    private IEnumerable<Event> Run()
    {
        for (long k = 0; ; k++)
        {
            double departure = _definition.Offset + k * _definition.Period;
            NextDeparture = departure;
            if (departure > _simulation.Now) yield return _simulation.Timeout(departure - _simulation.Now);
            bool cancelled = _stream.NextDouble() < _definition.CancellationProbability;
            double transit = _definition.TransitTime?.Sample(_stream) ?? 0;
            double delay = _definition.Delay?.Sample(_stream) ?? 0;
            // Disruption hook: cancelled or late while a convoy disruption is active (the convoy's own draws come first, so they stay paired).
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
            _due.Enqueue(departure + transit);
            _simulation.Timeout(transit + delay, load).AddCallback(_arrived);
        }
    }

    private void Arrived(Event e)
    {
        _due.Dequeue();
        LastArrival = _simulation.Now;
        foreach (var action in BeforeUnloading) action();
        foreach (var loaded in (List<Loaded>)e.Value!) loaded.Delivery.Destination.Receive(loaded.Delivery);
        foreach (var printer in MaterialCustomers) printer.TopUpMaterial();
    }

    private readonly record struct Loaded(Delivery Delivery, double PurchaseCost);
}
