using SpareSim.Core.Kernel;
using SpareSim.Core.Random;
using SpareSim.Core.Resources;
using SpareSim.Core.Statistics;
using SpareSim.Models.Network.Definition;
using SpareSim.Models.Network.Disruptions;

namespace SpareSim.Models.Network.Engine;

/// <summary>
/// A pool of printers at a site as a source: each order is a print job (a process) that queues for
/// a printer (a <see cref="Resource"/> of the pool's size, first come first served; none when
/// unlimited), then prints until a print is usable: each attempt takes its raw material from the
/// container (the printer waits, held, while material is short) and a print time; failed prints
/// are printed again on the same printer. The usable part is post-processed (no printer held) and
/// travels to the ordering site (the source's ship time when that is another site). An outage
/// stops new prints; with <see cref="OutageInProgress.Resume"/> or <see cref="OutageInProgress.Restart"/>
/// it also stops the prints under way (the job keeps its printer).
/// </summary>
internal sealed class PrinterPool : ISupplyChannel
{
    private readonly Simulation _simulation;
    private readonly SourceDefinition _source;
    private readonly Resource? _printers;
    private readonly Container? _material;
    private readonly RandomStream _printTimes, _quality, _post, _ship, _resupply;
    private readonly NetworkLedger _ledger;
    private readonly int _site;
    private int _queued, _busy;

    private readonly ElementCondition? _condition;
    // The jobs printing now, kept only when an outage stops prints under way (TrackPrints).
    private HashSet<Process>? _printing;
    private static readonly object ResumeLater = new(), StartAgain = new();

    public PrinterPool(Simulation simulation, SourceDefinition source, RandomStreams streams, NetworkLedger ledger, ElementCondition? condition = null)
    {
        _simulation = simulation;
        _source = source;
        _ledger = ledger;
        _condition = condition;
        _site = source.Site;
        if (source.Printers > 0) _printers = new Resource(simulation, source.Printers);
        if (source.Material is { } m) _material = new Container(simulation, m.Capacity, m.Capacity);
        _printTimes = streams.Get($"print-times/{source.Name}");
        _quality = streams.Get($"print-quality/{source.Name}");
        _post = streams.Get($"post-processing/{source.Name}");
        _ship = streams.Get($"ship/{source.Name}");
        _resupply = streams.Get($"material/{source.Name}");
        double now = simulation.Now;
        Queue = new TimeWeightedStatistic(now, 0);
        Busy = new TimeWeightedStatistic(now, 0);
    }

    public string Name => _source.Name;

    public SourceDefinition Definition => _source;

    /// <summary>Jobs waiting for a printer, over time.</summary>
    public TimeWeightedStatistic Queue { get; }

    /// <summary>Printers printing, over time.</summary>
    public TimeWeightedStatistic Busy { get; }

    /// <summary>Waits of jobs for a printer (from the order, after the material).</summary>
    public Tally Waits { get; } = new();

    public long Attempts { get; private set; }

    public long FailedPrints { get; private set; }

    /// <summary>Prints stopped by an outage (resumed later or lost and printed again).</summary>
    public long StoppedPrints { get; private set; }

    /// <summary>Keeps the jobs printing so that <see cref="StopPrints"/> can reach them.</summary>
    public void TrackPrints() => _printing ??= [];

    /// <summary>
    /// An outage began: the prints under way stop, to continue later for the time they had left
    /// (<see cref="OutageInProgress.Resume"/>) or to be printed again from the start
    /// (<see cref="OutageInProgress.Restart"/>).
    /// </summary>
    public void StopPrints(OutageInProgress mode)
    {
        if (_printing is null || mode == OutageInProgress.Finish) return;
        object cause = mode == OutageInProgress.Resume ? ResumeLater : StartAgain;
        foreach (var job in _printing.ToList()) job.Interrupt(cause);
    }

    public void Order(StockPointNode destination, int version) => _simulation.Process(Job(destination.Delivery(version, version)), $"print/{_source.Name}");

    public void ResetStatistics(double now)
    {
        Queue.Reset(now);
        Busy.Reset(now);
        Waits.Reset();
        Attempts = 0;
        FailedPrints = 0;
        StoppedPrints = 0;
    }

    /// <summary>
    /// Prints up to <paramref name="requested"/> stopgaps of <paramref name="version"/> for
    /// <paramref name="destination"/>'s review, at once (overnight, no printer queue): at most
    /// <see cref="SourceDefinition.PrintsPerPeriod"/> and what the material on hand allows; each
    /// attempt is charged and is unusable with the failed-print probability (not printed again
    /// tonight). Returns the attempts; <paramref name="usable"/> the parts that came out.
    /// </summary>
    public int PrintNow(StockPointNode destination, int version, int requested, out int usable)
    {
        usable = 0;
        int attempts = _source.PrintsPerPeriod > 0 ? Math.Min(requested, _source.PrintsPerPeriod) : requested;
        // Disruption hook: a printer that is down prints nothing at this review.
        if (_condition?.IsActive(DisruptionKind.Outage) == true) attempts = 0;
        if (_material is not null)
        {
            double perPrint = _source.Material!.PerPrint;
            attempts = Math.Min(attempts, (int)Math.Floor(_material.Level / perPrint + 1e-9));
            if (attempts > 0)
            {
                _material.Get(Math.Min(attempts * perPrint, _material.Level));
                for (int i = 0; i < attempts; i++) ScheduleResupply(perPrint);
            }
        }
        for (int i = 0; i < attempts; i++)
        {
            Charge(destination.Price(version));
            if (PrintFails()) FailedPrints++;
            else usable++;
        }
        return Math.Max(0, attempts);
    }

    /// <summary>Fills the material container up to its capacity (a convoy arrived).</summary>
    public void TopUpMaterial()
    {
        if (_material is null) return;
        double missing = _material.Capacity - _material.Level;
        if (missing <= 1e-12) return;
        // Disruption hook: material that comes during a shortage is there only when it ends.
        if (_condition?.IsActive(DisruptionKind.MaterialShortage) == true) _condition.WhenClear(DisruptionKind.MaterialShortage).AddCallback(_ => TopUpMaterial());
        else _material.Put(missing);
    }

    private void Resupplied(double amount)
    {
        if (_condition?.IsActive(DisruptionKind.MaterialShortage) == true) _condition.WhenClear(DisruptionKind.MaterialShortage).AddCallback(_ => Resupplied(amount));
        else _material!.Put(amount);
    }

    private IEnumerable<Event> Job(Delivery delivery)
    {
        double ordered = _simulation.Now;
        if (_printers is null)
        {
            Waits.Add(0);
            foreach (var e in Attempt(delivery)) yield return e;
        }
        else
        {
            _queued++;
            Queue.Update(_simulation.Now, _queued);
            using var printer = _printers.Request();
            yield return printer;
            _queued--;
            Queue.Update(_simulation.Now, _queued);
            Waits.Add(_simulation.Now - ordered);
            foreach (var e in Attempt(delivery)) yield return e;
        }
        if (_source.PostProcessingTime is { } post) yield return _simulation.Hold(post.Sample(_post));
        if (_source.ShipTime is { } ship && delivery.Destination.SiteIndex != _site)
            yield return _simulation.Hold(ship.Sample(_ship));
        delivery.Destination.Receive(delivery);
    }

    // Prints until a usable part comes out; each attempt takes material (waiting for it) and print time.
    private IEnumerable<Event> Attempt(Delivery delivery)
    {
        while (true)
        {
            if (_material is not null)
            {
                double amount = _source.Material!.PerPrint;
                yield return _material.Get(amount);
                ScheduleResupply(amount);
            }
            // Disruption hook: a printer that is down starts no print until it is up again.
            while (_condition?.IsActive(DisruptionKind.Outage) == true) yield return _condition.WhenClear(DisruptionKind.Outage);
            Charge(delivery.Destination.Price(delivery.Ordered));
            _busy++;
            Busy.Update(_simulation.Now, _busy);
            double printTime = _source.LeadTime.Sample(_printTimes) * (_condition?.Factor(DisruptionKind.Slowdown) ?? 1);
            if (_printing is null) yield return _simulation.Hold(printTime); // waits nothing keeps: holds
            else
            {
                bool lost = false;
                foreach (var e in StoppablePrint(printTime, stopped => lost = stopped)) yield return e;
                if (lost) continue; // material and charge spent, as for a failed print; print again
            }
            _busy--;
            Busy.Update(_simulation.Now, _busy);
            if (!PrintFails()) yield break;
            FailedPrints++;
        }
    }

    // A print an outage can stop: the job is in _printing while it prints. Stopped to resume, it
    // waits for the printer and prints the time it had left; stopped to restart, it reports the
    // print lost (busy already released) and the caller prints again.
    private IEnumerable<Event> StoppablePrint(double printTime, Action<bool> lost)
    {
        var job = _simulation.ActiveProcess!;
        double left = printTime;
        while (true)
        {
            double started = _simulation.Now;
            _printing!.Add(job);
            yield return _simulation.Hold(left);
            _printing.Remove(job);
            if (!job.TryGetInterrupt(out var cause)) { lost(false); yield break; }
            StoppedPrints++;
            _busy--;
            Busy.Update(_simulation.Now, _busy);
            if (ReferenceEquals(cause, StartAgain)) { lost(true); yield break; }
            left -= _simulation.Now - started;
            while (_condition?.IsActive(DisruptionKind.Outage) == true) yield return _condition.WhenClear(DisruptionKind.Outage);
            _busy++;
            Busy.Update(_simulation.Now, _busy);
        }
    }

    // One print attempt: counted and charged (the source's cost per unit, else the version's price).
    private void Charge(double price)
    {
        Attempts++;
        _ledger.Print += _source.CostPerUnit ?? price;
    }

    private bool PrintFails() => _source.FailedPrintProbability > 0 && _quality.NextDouble() < _source.FailedPrintProbability;

    // Material taken is reordered at once when the pool resupplies one for one (not by convoy).
    private void ScheduleResupply(double amount)
    {
        if (_source.Material!.ResupplyTime is { } resupply) _simulation.Timeout(resupply.Sample(_resupply)).AddCallback(_ => Resupplied(amount));
    }
}
