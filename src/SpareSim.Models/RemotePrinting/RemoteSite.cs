using SpareSim.Core.Distributions;
using SpareSim.Core.Kernel;
using SpareSim.Core.Random;

namespace SpareSim.Models.RemotePrinting;

/// <summary>
/// A remote site on the kernel: N systems with one part position each, a stock of regular parts,
/// a <see cref="Convoy"/>, a <see cref="Printer"/> and a controller. Each day k (time (k−1, k])
/// follows the chapter's event order: (1) failures during the day, served from stock when possible;
/// (2) at the end of the day, if the convoy arrives, printed parts are removed and the convoy
/// replenishes up to the controller's level; (3) otherwise the controller's emergency order is
/// expedited or printed overnight; (4) holding and backorder costs are booked on the day-end state.
/// </summary>
public sealed class RemoteSite
{
    /// <summary>Event priority of the day-end decision and bookkeeping (after a convoy arrival).</summary>
    public const int DayEndPriority = 2;

    private readonly Simulation _simulation;
    private readonly RemoteSiteConfiguration _c;
    private readonly IRemoteSiteController _controller;
    private readonly RandomStream _failures;
    private readonly SlotState[] _slots;
    private readonly long[] _generation;
    private readonly Exponential? _regularLife, _printedLife;
    private readonly RemoteSiteLedger _ledger = new();
    private int _onHand, _down, _printed;
    private double _lastArrival = double.NaN;
    private long _cyclePrints;
    private double _cycleMaterial;

    /// <summary>Creates the site just after a convoy: every system on a regular part, base stock on hand.</summary>
    public RemoteSite(Simulation simulation, RemoteSiteConfiguration configuration, IRemoteSiteController controller, RandomStreams streams)
    {
        ArgumentNullException.ThrowIfNull(simulation);
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(controller);
        ArgumentNullException.ThrowIfNull(streams);
        configuration.Validate();
        _simulation = simulation;
        _c = configuration;
        _controller = controller;
        _failures = streams.Get("part-failures");
        _slots = new SlotState[configuration.InstalledBase];
        _generation = new long[configuration.InstalledBase];
        _onHand = Math.Max(0, controller.OrderUpTo(0));
        Convoy = new Convoy(simulation, configuration, streams, OnConvoyArrival);
        Printer = new Printer(simulation, configuration, streams);
        if (configuration.FailureTiming == FailureTiming.ContinuousTime)
        {
            _regularLife = Exponential.FromRate(-Math.Log(1 - configuration.RegularFailureProbability));
            _printedLife = Exponential.FromRate(-Math.Log(1 - configuration.PrintedFailureProbability));
        }
    }

    /// <summary>The convoy.</summary>
    public Convoy Convoy { get; }

    /// <summary>The printer.</summary>
    public Printer Printer { get; }

    /// <summary>Regular parts on hand.</summary>
    public int OnHand => _onHand;

    /// <summary>Systems down.</summary>
    public int Down => _down;

    /// <summary>Systems on printed parts.</summary>
    public int PrintedInstalled => _printed;

    /// <summary>Net inventory: on hand − down.</summary>
    public int NetInventory => _onHand - _down;

    /// <summary>The state of system <paramref name="system"/>.</summary>
    public SlotState Slot(int system) => _slots[system];

    /// <summary>Starts the convoy, the printer, the failures and the day ends.</summary>
    public void Start()
    {
        Convoy.Start();
        Printer.Start();
        if (_c.FailureTiming == FailureTiming.PerPeriodBernoulli) _simulation.Process(DailyFailures(), "part failures");
        else
            for (int i = 0; i < _slots.Length; i++) ScheduleFailure(i);
        _simulation.Process(DayEnds(), "day ends");
    }

    /// <summary>Discards everything measured so far (end of the warm-up).</summary>
    public void ResetStatistics() =>
        _ledger.Reset(_simulation.Now, _down, Convoy.Arrivals, Convoy.Cancellations, Printer.BreakdownCount);

    /// <summary>The measures since the last reset.</summary>
    public RemoteSiteMeasures Measures()
    {
        var l = _ledger;
        double days = Math.Max(1, l.DayEnds), n = _c.InstalledBase;
        return new RemoteSiteMeasures
        {
            Days = l.DayEnds,
            OrderingCostPerDay = l.Ordering / days,
            PrintingCostPerDay = l.Printing / days,
            ExpeditingCostPerDay = l.Expediting / days,
            HoldingCostPerDay = l.Holding / days,
            BackorderCostPerDay = l.Backorder / days,
            BackordersPerDay = l.DownAtDayEnds / days,
            Availability = 1 - l.DownAtDayEnds / days / n,
            TimeAverageAvailability = 1 - l.Down.TimeAverage(_simulation.Now) / n,
            PrintsPerDay = l.Prints / days,
            PrintAttemptsPerDay = l.PrintAttempts / days,
            ExpeditesPerDay = l.Expedites / days,
            UnmetPrintRequestsPerDay = l.UnmetPrints / days,
            RegularPartsPerConvoy = l.RegularPerConvoy.Count > 0 ? l.RegularPerConvoy.Mean : 0,
            PrintsPerCycleMean = l.PrintsPerCycle.Count > 0 ? l.PrintsPerCycle.Mean : 0,
            PrintsPerCycleVariance = l.PrintsPerCycle.Count > 1 ? l.PrintsPerCycle.Variance : 0,
            RawMaterialPerCycleMean = l.MaterialPerCycle.Count > 0 ? l.MaterialPerCycle.Mean : 0,
            ConvoyArrivals = Convoy.Arrivals - l.ConvoyArrivalsAtReset,
            ConvoyCancellations = Convoy.Cancellations - l.CancellationsAtReset,
            PrinterBreakdowns = Printer.BreakdownCount - l.BreakdownsAtReset,
        };
    }

    // Per-period Bernoulli failures at mid-day: one uniform per system every day whatever its
    // state (keeps the stream aligned across policies), judged on the state at the start of the day.
    private IEnumerable<Event> DailyFailures()
    {
        yield return _simulation.Timeout(0.5);
        while (true)
        {
            for (int i = 0; i < _slots.Length; i++)
            {
                double u = _failures.NextDouble();
                var slot = _slots[i];
                if ((slot == SlotState.Regular && u < _c.RegularFailureProbability) || (slot == SlotState.Printed && u < _c.PrintedFailureProbability))
                    Fail(i, replaceFromStock: true);
            }
            yield return _simulation.Timeout(1);
        }
    }

    private void ScheduleFailure(int system)
    {
        var slot = _slots[system];
        if (slot == SlotState.Down) return;
        long generation = ++_generation[system];
        double life = (slot == SlotState.Regular ? _regularLife! : _printedLife!).Sample(_failures);
        _simulation.Timeout(life).AddCallback(_ =>
        {
            if (_generation[system] != generation) return;
            Fail(system, replaceFromStock: true);
            ScheduleFailure(system);
        });
    }

    private void Fail(int system, bool replaceFromStock)
    {
        if (_slots[system] == SlotState.Printed) _printed--;
        if (replaceFromStock && _onHand > 0)
        {
            _onHand--;
            _slots[system] = SlotState.Regular;
            return;
        }
        _slots[system] = SlotState.Down;
        _down++;
        _ledger.Down.Update(_simulation.Now, _down);
    }

    private void Install(int system, SlotState part)
    {
        _slots[system] = part;
        _down--;
        if (part == SlotState.Printed) _printed++;
        _ledger.Down.Update(_simulation.Now, _down);
        if (_c.FailureTiming == FailureTiming.ContinuousTime) ScheduleFailure(system);
    }

    private void OnConvoyArrival()
    {
        // Printed parts are temporary: removed and disposed of when the convoy comes.
        for (int i = 0; i < _slots.Length; i++)
            if (_slots[i] == SlotState.Printed)
            {
                _generation[i]++;
                Fail(i, replaceFromStock: false);
            }
        int net = NetInventory;
        int quantity = Math.Max(0, _controller.OrderUpTo(net) - net);
        _ledger.Ordering += _c.RegularCost * quantity;
        _ledger.RegularPerConvoy.Add(quantity);
        int installed = Math.Min(quantity, _down), toInstall = installed;
        for (int i = 0; i < _slots.Length && toInstall > 0; i++)
            if (_slots[i] == SlotState.Down)
            {
                Install(i, SlotState.Regular);
                toInstall--;
            }
        _onHand += quantity - installed;
        _ledger.PrintsPerCycle.Add(_cyclePrints);
        _ledger.MaterialPerCycle.Add(_cycleMaterial);
        _cyclePrints = 0;
        _cycleMaterial = 0;
        Printer.Replenish();
        _lastArrival = _simulation.Now;
    }

    private IEnumerable<Event> DayEnds()
    {
        while (true)
        {
            yield return _simulation.Timeout(1, null, DayEndPriority);
            if (_lastArrival != _simulation.Now && _down > 0) Emergency();
            _ledger.DayEnds++;
            _ledger.DownAtDayEnds += _down;
            _ledger.Holding += _c.HoldingCost * _onHand;
            _ledger.Backorder += _c.BackorderCost * _down;
        }
    }

    private void Emergency()
    {
        int periodsRemaining = Convoy.NextDue - (int)Math.Round(_simulation.Now);
        var order = _controller.Decide(periodsRemaining, NetInventory, _printed);
        int expedite = _c.CanExpedite ? Math.Clamp(order.Expedite, 0, _down) : 0;
        int print = _c.CanPrint ? Math.Clamp(order.Print, 0, _down - expedite) : 0;
        var (attempts, usable) = Printer.Print(print);
        _ledger.Expedites += expedite;
        if (expedite > 0) _ledger.Expediting += _c.ExpediteCost * expedite;
        _ledger.PrintAttempts += attempts;
        _ledger.Prints += usable;
        _ledger.UnmetPrints += print - attempts;
        if (attempts > 0) _ledger.Printing += _c.PrintCost * attempts;
        _cyclePrints += attempts;
        _cycleMaterial += attempts * _c.PrintVolumeCc;
        for (int i = 0; i < _slots.Length && (expedite > 0 || usable > 0); i++)
        {
            if (_slots[i] != SlotState.Down) continue;
            if (expedite > 0) { Install(i, SlotState.Regular); expedite--; }
            else { Install(i, SlotState.Printed); usable--; }
        }
    }
}
