using System.Runtime.CompilerServices;
using SpareSim.Core.Collections;

namespace SpareSim.Core.Kernel;

/// <summary>
/// The simulation environment: the clock, the future-event list and the loop that processes
/// events in order of (time, priority, scheduling order). Time is a <c>double</c> in the model's
/// own unit. Equivalent of SimPy's <c>Environment</c>.
/// </summary>
public sealed class Simulation
{
    private readonly EventQueue _queue = new();
    private readonly HoldMarker _holdMarker;
    // The causes of the interrupts scheduled and not yet delivered, in delivery order.
    private readonly RingQueue<object?> _interruptCauses = new();

    /// <summary>Creates a simulation whose clock starts at <paramref name="initialTime"/>.</summary>
    public Simulation(double initialTime = 0)
    {
        if (double.IsNaN(initialTime) || double.IsInfinity(initialTime))
            throw new ArgumentOutOfRangeException(nameof(initialTime), "the initial time must be finite");
        Now = initialTime;
        _holdMarker = new HoldMarker(this);
    }

    /// <summary>The current simulated time.</summary>
    public double Now { get; private set; }

    /// <summary>The number of events processed so far (the benchmark's event count).</summary>
    public long ProcessedEvents { get; private set; }

    /// <summary>The process whose iterator is running, or null between events.</summary>
    public Process? ActiveProcess { get; internal set; }

    /// <summary>The time of the next scheduled event, or +infinity if there is none.</summary>
    public double Peek() => _queue.PeekTime;

    /// <summary>A new pending event, for the model to trigger later.</summary>
    public Event Event() => new(this);

    /// <summary>An event that succeeds after <paramref name="delay"/> (finite, &gt;= 0).</summary>
    public Timeout Timeout(double delay, object? value = null, int priority = EventPriority.Normal) =>
        new(this, delay, value, priority);

    /// <summary>
    /// Suspends the running process for <paramref name="delay"/> (finite, &gt;= 0): the
    /// allocation-free form of <c>yield return Timeout(delay)</c>, for processes that only wait.
    /// Nothing is allocated or reused: the process itself is scheduled, and the returned event is
    /// a marker shared by every hold of this simulation, which the process must yield at once.
    /// The marker carries no outcome, so keeping it tells nothing; waiting for it in a condition,
    /// adding callbacks to it, yielding it without a hold, or yielding anything else after a hold
    /// is an error. Keep a <see cref="Timeout"/> instead when the event itself is needed.
    /// </summary>
    /// <exception cref="InvalidOperationException">No process is running, or it already holds.</exception>
    public Event Hold(double delay, int priority = EventPriority.Normal)
    {
        var process = ActiveProcess ?? throw new InvalidOperationException("Hold suspends the running process: call it inside a process and yield it at once (use Timeout elsewhere)");
        if (!(delay >= 0) || double.IsPositiveInfinity(delay))
            throw new ArgumentOutOfRangeException(nameof(delay), delay, "a hold's delay must be finite and >= 0");
        process.Arm(_holdMarker);
        process.ScheduleWake(delay, priority);
        return _holdMarker;
    }

    /// <summary>Starts a process from an iterator of events; it runs first at the current time.</summary>
    public Process Process(IEnumerable<Event> generator, string? name = null) => new(this, generator, name);

    /// <summary>An event that succeeds when any of <paramref name="events"/> succeeds.</summary>
    public Condition AnyOf(params Event[] events) => new(this, events, all: false);

    /// <summary>An event that succeeds when all of <paramref name="events"/> have succeeded.</summary>
    public Condition AllOf(params Event[] events) => new(this, events, all: true);

    /// <summary>Processes the next event. Returns false when there is none.</summary>
    /// <exception cref="SimulationException">The event failed and nothing handled the failure.</exception>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool Step()
    {
        if (_queue.Count == 0) return false;
        var target = _queue.Pop(out double time, out var kind, out long sequence);
        Now = time;
        ProcessedEvents++;
        switch (kind)
        {
            case EntryKind.Event:
                var ev = Unsafe.As<Event>(target); // the kind says what it is: no cast check
                ev.Process();
                if (!ev.Ok && !ev.Defused) throw Unhandled(ev);
                break;
            case EntryKind.Wake:
                Unsafe.As<Process>(target).Wake(sequence);
                break;
            case EntryKind.Interrupt:
                Unsafe.As<Process>(target).DeliverInterrupt(_interruptCauses.RemoveFirst());
                break;
        }
        return true;
    }

    /// <summary>Runs until no event is left.</summary>
    public void Run()
    {
        while (RunBatch(double.PositiveInfinity, null))
        {
        }
    }

    /// <summary>
    /// Runs all events scheduled strictly before <paramref name="until"/>, then sets the clock to
    /// <paramref name="until"/>. Events at exactly that time stay scheduled for a later run.
    /// </summary>
    public void Run(double until)
    {
        if (double.IsNaN(until) || until < Now)
            throw new ArgumentOutOfRangeException(nameof(until), until, $"until must be >= the current time {Now}");
        while (RunBatch(until, null))
        {
        }
        Now = until;
    }

    /// <summary>Runs until <paramref name="until"/> has been processed (or no event is left).</summary>
    public void Run(Event until)
    {
        ArgumentNullException.ThrowIfNull(until);
        while (RunBatch(double.PositiveInfinity, until))
        {
        }
    }

    /// <summary>
    /// Processes up to a batch of the events scheduled before <paramref name="until"/>, stopping
    /// early once <paramref name="untilEvent"/> (if any) is processed; false when the run is over.
    /// The run loops call this per batch because the tiered JIT promotes a method by its calls:
    /// a loop in a method called once would only ever run as its on-stack replacement, compiled
    /// with the profile of the first iterations only.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private bool RunBatch(double until, Event? untilEvent)
    {
        for (int i = 0; i < 1024; i++)
        {
            if (untilEvent is { IsProcessed: true } || !(_queue.PeekTime < until) || !Step()) return false;
        }
        return true;
    }

    internal void Schedule(Event ev, double delay, int priority) => _queue.Push(Now + delay, priority, EntryKind.Event, ev, delay == 0);

    /// <summary>Schedules a start or wake-up of <paramref name="process"/>; returns its sequence number.</summary>
    internal long ScheduleWake(Process process, double delay, int priority) => _queue.Push(Now + delay, priority, EntryKind.Wake, process, delay == 0);

    /// <summary>
    /// Schedules the delivery of an interrupt to <paramref name="process"/> now, urgently. Such
    /// entries always take the urgent lane, which is first in first out, so their causes wait in
    /// a queue of the same order and no object is made per interrupt.
    /// </summary>
    internal void ScheduleInterrupt(Process process, object? cause)
    {
        _interruptCauses.Add(cause);
        _queue.Push(Now, EventPriority.Urgent, EntryKind.Interrupt, process, now: true);
    }

    /// <summary>Schedules an occurrence nothing can wait for (it is counted as an event when reached).</summary>
    internal void ScheduleOccurrence(object subject) => _queue.Push(Now, EventPriority.Normal, EntryKind.Occurrence, subject, now: true);

    private SimulationException Unhandled(Event ev)
    {
        var error = ev.Error!;
        return error as SimulationException
            ?? new SimulationException($"unhandled failure of {ev} at time {Now}: {error.Message}", error);
    }
}
