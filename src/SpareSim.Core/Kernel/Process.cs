using System.Runtime.CompilerServices;

namespace SpareSim.Core.Kernel;

/// <summary>
/// A process: a C# iterator that yields the events it waits for. The process is itself an
/// event that succeeds when the iterator ends, so other processes can wait for it.
/// <para>
/// C# iterators cannot catch an exception at a <c>yield</c>, so a process learns about a failed
/// event or an interrupt after it resumes: <see cref="TryGetInterrupt"/> and
/// <see cref="TryGetFault"/> take them. One that is not taken before the process yields again
/// (or ends) fails the process, and an unhandled process failure stops the run, naming it.
/// </para>
/// </summary>
public sealed class Process : Event
{
    private readonly IEnumerator<Event> _generator;
    private Event? _target;
    // What the process must take before it yields again: the cause of the interrupt that resumed
    // it (for TryGetInterrupt, as a PendingCause) or the Exception of a failed event (for
    // TryGetFault). At most one is pending at a time, since an untaken one fails the process at
    // its next yield; one field keeps every process (one per order in the installed base) small.
    private object? _pending;
    // The sequence number of the process's own entry in the event list (its start, or the end of
    // a hold), or -1: an entry with another number is stale (the hold was interrupted) and ignored.
    private long _wakeSequence = -1;
    // The marker of a wait armed by Hold, Take or Seize, which the process must yield next.
    private WaitMarker? _armed;
    // The item a take handed over: a reference (or a boxed large struct) or the bits of a small
    // unmanaged value, so a store of ints hands over without boxing.
    private object? _received;
    private ulong _receivedBits;

    internal Process(Simulation simulation, IEnumerable<Event> generator, string? name) : base(simulation)
    {
        ArgumentNullException.ThrowIfNull(generator);
        _generator = generator.GetEnumerator();
        Name = name ?? "process";
        // Start urgently at the current time, like SimPy's Initialize event; the process itself is
        // the entry, so starting allocates no event.
        _wakeSequence = simulation.ScheduleWake(this, 0, EventPriority.Urgent);
    }

    /// <summary>The process's name, used in error messages.</summary>
    public string Name { get; }

    /// <summary>The event the process is waiting for, or null while it runs or after it ended.</summary>
    public Event? Target => _target;

    /// <summary>True while the process has not ended.</summary>
    public bool IsAlive => !IsTriggered;

    /// <summary>
    /// Interrupts the process: it stops waiting for its current event and resumes now, with
    /// <paramref name="cause"/> available from <see cref="TryGetInterrupt"/>.
    /// </summary>
    /// <exception cref="InvalidOperationException">The process has ended, or interrupts itself.</exception>
    public void Interrupt(object? cause = null)
    {
        if (!IsAlive) throw new InvalidOperationException($"process '{Name}' has ended and cannot be interrupted");
        if (ReferenceEquals(Simulation.ActiveProcess, this)) throw new InvalidOperationException($"process '{Name}' cannot interrupt itself");
        // The interrupt is an urgent entry due now that names the process (no event object);
        // the simulation keeps the cause until the entry is reached.
        Simulation.ScheduleInterrupt(this, cause);
    }

    /// <summary>Takes a pending interrupt: true (with its cause) if the process was just interrupted.</summary>
    public bool TryGetInterrupt(out object? cause)
    {
        if (_pending is null or Exception)
        {
            cause = null;
            return false;
        }
        cause = PendingCause.Unwrap(_pending);
        _pending = null;
        return true;
    }

    /// <summary>Takes the error of a failed event the process was waiting for, if any.</summary>
    public bool TryGetFault(out Exception? error)
    {
        error = _pending as Exception;
        if (error is null) return false;
        _pending = null;
        return true;
    }

    /// <inheritdoc />
    public override string ToString() => $"Process '{Name}'";

    /// <summary>
    /// Arms a wait in which the process is the entry: it must yield <paramref name="marker"/>
    /// next. Called before the process is scheduled or queued, so a misuse leaves no entry.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal void Arm(WaitMarker marker)
    {
        if (_armed is not null) ThrowArmedTwice(marker);
        _armed = marker;
    }

    private void ThrowArmedTwice(WaitMarker marker) =>
        throw new InvalidOperationException(ReferenceEquals(_armed, marker) && marker is HoldMarker
            ? $"process '{Name}' called Hold twice without yielding the first"
            : $"process '{Name}' called {_armed!.Call} and then {marker.Call} without yielding the first");

    /// <summary>Schedules the end of a hold of the running process (see <see cref="Simulation.Hold"/>).</summary>
    internal void ScheduleWake(double delay, int priority) => _wakeSequence = Simulation.ScheduleWake(this, delay, priority);

    /// <summary>
    /// Ends a wait in a queue (a take or a seize was served): the process resumes when the event
    /// list reaches this entry, as a request event triggered now would be processed.
    /// </summary>
    internal void ResumeSoon() => _wakeSequence = Simulation.ScheduleWake(this, 0, EventPriority.Normal);

    /// <summary>Hands <paramref name="item"/> over to the process (a served take).</summary>
    internal void HandOver<T>(T item)
    {
        if (!RuntimeHelpers.IsReferenceOrContainsReferences<T>() && Unsafe.SizeOf<T>() <= sizeof(ulong))
        {
            _receivedBits = 0;
            Unsafe.As<ulong, T>(ref _receivedBits) = item;
        }
        else
        {
            _received = item;
        }
    }

    /// <summary>The item of the last served take (see <see cref="HandOver{T}"/>).</summary>
    internal T Received<T>()
    {
        if (!RuntimeHelpers.IsReferenceOrContainsReferences<T>() && Unsafe.SizeOf<T>() <= sizeof(ulong))
            return Unsafe.As<ulong, T>(ref _receivedBits);
        return (T)_received!;
    }

    /// <summary>The process's own entry was reached: it starts, or a hold ends.</summary>
    internal void Wake(long sequence)
    {
        if (sequence != _wakeSequence) return; // a hold cut short by an interrupt
        _wakeSequence = -1;
        Run();
    }

    /// <summary>An interrupt's entry was reached: the process stops waiting and resumes with <paramref name="cause"/> pending.</summary>
    internal void DeliverInterrupt(object? cause)
    {
        if (!IsAlive) return; // ended before the interrupt was delivered
        if (_target is { IsMarker: true } marker) Unsafe.As<WaitMarker>(marker).Withdraw(this);
        else _target?.RemoveWaiter(this);
        _wakeSequence = -1; // a hold in progress ends now, and so does a take served at this instant
        _pending = PendingCause.Wrap(cause);
        Run();
    }

    internal void Resume(Event ev)
    {
        if (!ev.Ok)
        {
            ev.Defused = true; // passed on to the process: it handles it or fails with it
            _pending = ev.Error;
        }
        Run();
    }

    /// <summary>Runs the iterator to its next wait, or ends the process.</summary>
    private void Run()
    {
        _target = null;
        var sim = Simulation;
        var previous = sim.ActiveProcess;
        sim.ActiveProcess = this;
        var ending = Advance(sim, out bool ended);
        sim.ActiveProcess = previous;
        if (ended) End(ending);
    }

    /// <summary>
    /// Moves the iterator until it waits for an event that is not yet processed. Returns with
    /// <paramref name="ended"/> set (and the error, if any) when the process must end instead.
    /// </summary>
    private Exception? Advance(Simulation sim, out bool ended)
    {
        ended = true;
        while (true)
        {
            bool more;
            try
            {
                more = _generator.MoveNext();
            }
            catch (Exception ex)
            {
                return ex;
            }
            if (_pending is not null) return _pending as Exception ?? new InterruptException(PendingCause.Unwrap(_pending));
            if (!more) return null;
            var next = _generator.Current;
            if (_armed is not null)
            {
                // The armed marker is of this simulation: the hot path needs no other check.
                if (!ReferenceEquals(next, _armed)) return new InvalidOperationException($"called {_armed.Call} but yielded another event: yield {_armed.What} at once");
                _armed = null;
                _target = next;
                ended = false;
                return null;
            }
            if (next is null) return new InvalidOperationException("yielded null instead of an event");
            if (!ReferenceEquals(next.Simulation, sim)) return new InvalidOperationException("yielded an event of another simulation");
            if (next.IsMarker) return new InvalidOperationException($"yielded {((WaitMarker)next).What} it had not asked for ({((WaitMarker)next).What} must be yielded right after {((WaitMarker)next).Call})");
            if (!next.IsProcessed)
            {
                _target = next;
                next.AddWaiter(this);
                ended = false;
                return null;
            }
            // Already processed: continue at once with its outcome.
            if (!next.Ok)
            {
                next.Defused = true;
                _pending = next.Error;
            }
        }
    }

    private void End(Exception? error)
    {
        _armed?.Withdraw(this); // armed but never yielded: leave the queue
        _armed = null;
        _received = null;
        _wakeSequence = -1;
        _generator.Dispose();
        if (error is null) Succeed();
        else Fail(new SimulationException($"process '{Name}' failed at time {Simulation.Now}: {error.Message}", error));
    }

    /// <summary>
    /// How an interrupt's cause is kept in <see cref="_pending"/> without an allocation: a
    /// shared marker for no cause, the cause itself when it cannot be taken for a fault, and a
    /// box only around a cause that is an exception.
    /// </summary>
    private sealed class PendingCause
    {
        private static readonly PendingCause None = new(null);

        private PendingCause(object? cause) => Cause = cause;

        private object? Cause { get; }

        public static object Wrap(object? cause) => cause switch
        {
            null => None,
            Exception => new PendingCause(cause),
            _ => cause,
        };

        public static object? Unwrap(object pending) => pending is PendingCause box ? box.Cause : pending;
    }
}
