namespace SpareSim.Core.Kernel;

/// <summary>
/// Something that happens at a point in simulated time. An event is pending until it is
/// triggered (<see cref="Succeed"/> or <see cref="Fail"/>, which schedule it), and processed
/// when the simulation reaches it: then its waiting process and callbacks run, in the order
/// they were added. A failed event that nothing handles stops the run.
/// </summary>
public class Event
{
    // The value of a successful event or the exception of a failed one: one field, because an
    // event is allocated per scheduled occurrence and its size is the kernel's allocation rate.
    private object? _outcome;
    private EventState _state;
    private bool _failed;
    // Null, the one waiting process or the one callback (most events have exactly one waiter:
    // no delegate, no list), or a list of callbacks in the order they were added. One field for
    // all keeps every event 8 bytes smaller.
    private object? _waiters;

    /// <summary>Creates a pending event of <paramref name="simulation"/>.</summary>
    public Event(Simulation simulation)
    {
        Simulation = simulation ?? throw new ArgumentNullException(nameof(simulation));
    }

    /// <summary>The simulation the event belongs to.</summary>
    public Simulation Simulation { get; }

    /// <summary>True once the event has been triggered (scheduled with an outcome).</summary>
    public bool IsTriggered => _state != EventState.Pending;

    /// <summary>True once the simulation has processed the event (its callbacks have run).</summary>
    public bool IsProcessed => _state == EventState.Processed;

    /// <summary>True if the event succeeded. Only meaningful once triggered.</summary>
    public bool Ok => !_failed;

    /// <summary>The exception of a failed event, else null.</summary>
    public Exception? Error => _failed ? (Exception)_outcome! : null;

    /// <summary>The value the event succeeded with.</summary>
    /// <exception cref="InvalidOperationException">The event is not yet triggered.</exception>
    public object? Value => IsTriggered ? (_failed ? null : SucceededValue) : throw new InvalidOperationException("the event has no value yet: it is not triggered");

    /// <summary>The value of a successful event; a typed event keeps its value unboxed and boxes it only here.</summary>
    private protected virtual object? SucceededValue => _outcome;

    /// <summary>
    /// Set when a failure has been handled (by a process that received it and called
    /// <see cref="Process.TryGetFault"/>, or by a condition); an unhandled failure stops the run.
    /// </summary>
    public bool Defused { get; set; }

    /// <summary>Triggers the event as successful, to be processed now (after events already due now).</summary>
    public Event Succeed(object? value = null, int priority = EventPriority.Normal)
    {
        EnsurePending();
        _outcome = value;
        _state = EventState.Triggered;
        Simulation.Schedule(this, 0, priority);
        return this;
    }

    /// <summary>Triggers the event as failed with <paramref name="error"/>.</summary>
    public Event Fail(Exception error, int priority = EventPriority.Normal)
    {
        ArgumentNullException.ThrowIfNull(error);
        EnsurePending();
        _outcome = error;
        _failed = true;
        _state = EventState.Triggered;
        Simulation.Schedule(this, 0, priority);
        return this;
    }

    /// <summary>Adds a callback that runs when the event is processed.</summary>
    /// <exception cref="InvalidOperationException">The event is already processed.</exception>
    public void AddCallback(Action<Event> callback)
    {
        ArgumentNullException.ThrowIfNull(callback);
        if (IsProcessed) throw new InvalidOperationException("the event is already processed");
        if (IsMarker) throw new InvalidOperationException($"{((WaitMarker)this).What} cannot have callbacks: yield it at once, or use the object-returning form (Timeout, Request, Get) to keep an event");
        if (_waiters is null) _waiters = callback;
        else CallbackList().Add(callback);
    }

    /// <summary>Removes a callback added with <see cref="AddCallback"/>.</summary>
    public bool RemoveCallback(Action<Event> callback)
    {
        if (_waiters is Action<Event> single && single == callback)
        {
            _waiters = null;
            return true;
        }
        return (_waiters as List<Action<Event>>)?.Remove(callback) ?? false;
    }

    /// <summary>Schedules the event after <paramref name="delay"/> with a value: used by timeouts.</summary>
    private protected void TriggerAfter(double delay, object? value, int priority)
    {
        _outcome = value;
        _state = EventState.Triggered;
        Simulation.Schedule(this, delay, priority);
    }

    /// <summary>
    /// True for the shared markers of waits in which the process is the entry
    /// (<see cref="WaitMarker"/>): a flag, not a type test, because the kernel checks it per yield.
    /// </summary>
    internal bool IsMarker { get; private protected set; }

    internal void AddWaiter(Process process)
    {
        if (_waiters is null) _waiters = process;
        else CallbackList().Add(process.Resume); // a new delegate: equal to any other of the same process
    }

    internal void RemoveWaiter(Process process)
    {
        if (ReferenceEquals(_waiters, process)) _waiters = null;
        else RemoveCallback(process.Resume);
    }

    /// <summary>The callback list, made on the second waiter (the one before becomes its first entry).</summary>
    private List<Action<Event>> CallbackList()
    {
        if (_waiters is List<Action<Event>> list) return list;
        list = new List<Action<Event>>(2);
        if (_waiters is Process process) list.Add(process.Resume);
        else if (_waiters is Action<Event> single) list.Add(single);
        _waiters = list;
        return list;
    }

    /// <summary>Runs the waiter and the callbacks; called once by the simulation.</summary>
    internal void Process()
    {
        _state = EventState.Processed;
        var waiters = _waiters;
        _waiters = null;
        if (waiters is Process process) process.Resume(this);
        else if (waiters is Action<Event> callback) callback(this);
        else if (waiters is List<Action<Event>> callbacks)
        {
            for (int i = 0; i < callbacks.Count; i++) callbacks[i](this);
        }
    }

    /// <summary>A description for error messages.</summary>
    public override string ToString() => GetType().Name;

    private void EnsurePending()
    {
        if (IsTriggered) throw new InvalidOperationException($"{this} has already been triggered");
    }

    private enum EventState : byte
    {
        Pending,
        Triggered,
        Processed,
    }
}
