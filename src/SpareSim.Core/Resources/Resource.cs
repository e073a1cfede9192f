using SpareSim.Core.Collections;
using SpareSim.Core.Kernel;

namespace SpareSim.Core.Resources;

/// <summary>
/// A resource with <see cref="Capacity"/> identical units (repairmen, printers, docks).
/// Waiting claims are served by priority (lower first), then first come first served.
/// A claim made with <c>preempt: true</c> takes the unit of the lowest-priority user whose
/// priority is strictly worse, interrupting that user's process with a <see cref="Preempted"/> cause.
/// <para>
/// A unit is claimed in one of two forms, served in one order: <see cref="Request"/> makes a
/// <see cref="Resources.Request"/> event to keep (dispose it to release), and <see cref="Seize"/>
/// queues the running process itself, allocating nothing (<see cref="Release()"/> to release).
/// </para>
/// </summary>
public sealed class Resource
{
    // Claims waiting, in service order, and claims holding a unit. A claim is a struct, so a
    // seize (the process as the entry) allocates nothing; a process may hold several units,
    // so what a user needs (priority, grant time) lives in its claim, not in the process.
    private readonly RingQueue<Claim> _waiting = new();
    private readonly List<Claim> _users = new();
    private readonly SeizeMarker _seizeMarker;
    private long _claims;

    /// <summary>Creates a resource with <paramref name="capacity"/> units (&gt;= 1).</summary>
    public Resource(Simulation simulation, int capacity = 1)
    {
        Simulation = simulation ?? throw new ArgumentNullException(nameof(simulation));
        if (capacity < 1) throw new ArgumentOutOfRangeException(nameof(capacity), capacity, "a resource needs capacity >= 1");
        Capacity = capacity;
        _seizeMarker = new SeizeMarker(this);
        PutQueue = new ClaimList(() => _waiting.Count, i => _waiting[i].Entry);
        Users = new ClaimList(() => _users.Count, i => _users[i].Entry);
    }

    /// <summary>The simulation the resource belongs to.</summary>
    public Simulation Simulation { get; }

    /// <summary>The number of units.</summary>
    public int Capacity { get; }

    /// <summary>The claims holding a unit, earliest granted first: <see cref="Resources.Request"/>s, and the processes that seized one.</summary>
    public IReadOnlyList<Event> Users { get; }

    /// <summary>The claims waiting, in service order: <see cref="Resources.Request"/>s, and the processes waiting in a seize.</summary>
    public IReadOnlyList<Event> PutQueue { get; }

    /// <summary>The number of units in use.</summary>
    public int Count => _users.Count;

    /// <summary>Requests a unit; yield the returned event to wait for it, dispose it to release.</summary>
    public Request Request(int priority = 0, bool preempt = false)
    {
        var request = new Request(this, priority, preempt);
        Enqueue(new Claim(request, request.Owner, priority, preempt, ++_claims));
        return request;
    }

    /// <summary>
    /// Claims a unit for the running process: the allocation-free form of <c>yield return
    /// Request(...)</c>. The process itself waits in the queue (in one order with requests) and
    /// resumes when it is granted the unit, as a request event processed then would resume it.
    /// The returned event is a marker shared by every seize of this resource, to be yielded at
    /// once (see <see cref="Simulation.Hold"/>). Release the unit with <see cref="Release()"/>.
    /// A holder that is preempted is interrupted with a <see cref="Preempted"/> cause and no longer
    /// holds the unit; a process interrupted while waiting leaves the queue, unless it was granted
    /// the unit at the instant of the interrupt (then it holds it: <see cref="Release()"/> tells).
    /// </summary>
    /// <exception cref="InvalidOperationException">No process is running, or it has armed another wait.</exception>
    public Event Seize(int priority = 0, bool preempt = false)
    {
        var process = Simulation.ActiveProcess ?? throw new InvalidOperationException("Seize suspends the running process: call it inside a process and yield it at once (use Request elsewhere)");
        process.Arm(_seizeMarker);
        Enqueue(new Claim(null, process, priority, preempt, ++_claims));
        return _seizeMarker;
    }

    /// <summary>
    /// Releases a unit the running process seized (its earliest granted one). Returns false if it
    /// holds none: it was preempted, or it never seized one, which is not an error, so that a
    /// process can release unconditionally after an interrupt.
    /// </summary>
    /// <exception cref="InvalidOperationException">No process is running.</exception>
    public bool Release() =>
        Release(Simulation.ActiveProcess ?? throw new InvalidOperationException("Release() releases the running process's unit: call it inside a process, or Release(process)"));

    /// <summary>Releases a unit that <paramref name="holder"/> seized (its earliest granted one); false if it holds none.</summary>
    public bool Release(Process holder)
    {
        ArgumentNullException.ThrowIfNull(holder);
        int i = IndexOf(_users, null, holder);
        if (i < 0) return false;
        ReleaseAt(i, holder);
        return true;
    }

    /// <summary>Releases the unit of <paramref name="request"/>, or withdraws it if it is waiting.</summary>
    internal void Release(Request request)
    {
        int i = IndexOf(_users, request, null);
        if (i >= 0)
        {
            ReleaseAt(i, request);
            return;
        }
        i = IndexOf(_waiting, request, null);
        if (i >= 0) _waiting.RemoveAt(i);
    }

    private void ReleaseAt(int index, object subject)
    {
        _users.RemoveAt(index);
        // The release is an event in the event list, as in SimPy, but nothing can wait for it,
        // so it needs no event object.
        Simulation.ScheduleOccurrence(subject);
        Serve();
    }

    /// <summary>Withdraws an interrupted seizer that is still waiting.</summary>
    private void Withdraw(Process process)
    {
        int i = IndexOf(_waiting, null, process);
        if (i >= 0) _waiting.RemoveAt(i);
    }

    /// <summary>
    /// The index in <paramref name="claims"/> of the claim of <paramref name="request"/>, or, with
    /// no request, of the first seize of <paramref name="holder"/>; -1 if there is none.
    /// </summary>
    private static int IndexOf(IReadOnlyList<Claim> claims, Request? request, Process? holder)
    {
        for (int i = 0; i < claims.Count; i++)
        {
            var claim = claims[i];
            if (ReferenceEquals(claim.Request, request) && (request is not null || ReferenceEquals(claim.Holder, holder))) return i;
        }
        return -1;
    }

    private void Enqueue(Claim claim)
    {
        int i = _waiting.Count;
        while (i > 0 && _waiting[i - 1].Priority > claim.Priority) i--;
        if (i == _waiting.Count) _waiting.Add(claim);
        else _waiting.Insert(i, claim);
        Serve();
    }

    /// <summary>Grants units to waiting claims in order until one cannot be served.</summary>
    private void Serve()
    {
        while (_waiting.Count > 0 && TryGrant(_waiting.First)) _waiting.RemoveFirst();
    }

    private bool TryGrant(Claim claim)
    {
        if (_users.Count >= Capacity && claim.Preempt) Preempt(claim);
        if (_users.Count >= Capacity) return false;
        double now = Simulation.Now;
        _users.Add(claim with { Since = now });
        if (claim.Request is { } request)
        {
            request.UsageSince = now;
            request.Succeed();
        }
        else
        {
            claim.Holder!.ResumeSoon();
        }
        return true;
    }

    /// <summary>Takes the unit of the user with the worst priority (the latest granted among equals) if it is strictly worse.</summary>
    private void Preempt(Claim claim)
    {
        int victim = -1;
        for (int i = 0; i < _users.Count; i++)
        {
            var user = _users[i];
            if (victim < 0 || user.Priority > _users[victim].Priority ||
                (user.Priority == _users[victim].Priority && user.Order > _users[victim].Order))
                victim = i;
        }
        if (victim < 0 || _users[victim].Priority <= claim.Priority) return;
        var preempted = _users[victim];
        _users.RemoveAt(victim);
        if (preempted.Holder is { IsAlive: true } owner)
            owner.Interrupt(new Preempted(claim.Holder, preempted.Since, this));
    }

    /// <summary>A claim on a unit: a request, or a process that seizes (<see cref="Request"/> null).</summary>
    private readonly record struct Claim(Request? Request, Process? Holder, int Priority, bool Preempt, long Order)
    {
        /// <summary>When the unit was granted (NaN while waiting).</summary>
        public double Since { get; init; } = double.NaN;

        /// <summary>The claim as a model sees it: the request, or the seizing process.</summary>
        public Event Entry => Request ?? (Event)Holder!;
    }

    /// <summary>A read-only view of a list of claims as their events.</summary>
    private sealed class ClaimList(Func<int> count, Func<int, Event> at) : IReadOnlyList<Event>
    {
        public int Count => count();

        public Event this[int index] => (uint)index < (uint)count() ? at(index) : throw new ArgumentOutOfRangeException(nameof(index));

        public IEnumerator<Event> GetEnumerator()
        {
            for (int i = 0; i < count(); i++) yield return at(i);
        }

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }

    /// <summary>The marker of this resource's seizes; an interrupted seizer leaves the queue through it.</summary>
    private sealed class SeizeMarker(Resource resource) : WaitMarker(resource.Simulation, "Seize", "a seize")
    {
        internal override void Withdraw(Process process) => resource.Withdraw(process);

        public override string ToString() => "Seize";
    }
}
