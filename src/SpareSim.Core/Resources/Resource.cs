using SpareSim.Core.Kernel;

namespace SpareSim.Core.Resources;

/// <summary>
/// A resource with <see cref="Capacity"/> identical units (repairmen, printers, docks).
/// Waiting requests are served by priority (lower first), then first come first served.
/// A request made with <c>preempt: true</c> takes the unit of the lowest-priority user whose
/// priority is strictly worse, interrupting that user's process with a <see cref="Preempted"/> cause.
/// </summary>
public sealed class Resource : ResourceBase<Request, Release>
{
    private readonly List<Request> _users = new();
    private long _requests;

    /// <summary>Creates a resource with <paramref name="capacity"/> units (&gt;= 1).</summary>
    public Resource(Simulation simulation, int capacity = 1) : base(simulation)
    {
        if (capacity < 1) throw new ArgumentOutOfRangeException(nameof(capacity), capacity, "a resource needs capacity >= 1");
        Capacity = capacity;
    }

    /// <summary>The number of units.</summary>
    public int Capacity { get; }

    /// <summary>The requests currently holding a unit.</summary>
    public IReadOnlyList<Request> Users => _users;

    /// <summary>The number of units in use.</summary>
    public int Count => _users.Count;

    /// <summary>Requests a unit; yield the returned event to wait for it, dispose it to release.</summary>
    public Request Request(int priority = 0, bool preempt = false)
    {
        var request = new Request(this, priority, preempt, ++_requests);
        EnqueuePut(request);
        return request;
    }

    internal void Release(Request request)
    {
        if (_users.Remove(request))
        {
            // The release is an event in the event list, as in SimPy, but nothing can wait for it
            // (Dispose returns nothing), so it needs no event object.
            Simulation.ScheduleOccurrence(request);
            ServePuts();
        }
        else
        {
            CancelPut(request);
        }
    }

    /// <inheritdoc />
    protected override int PutQueueIndex(Request request)
    {
        var queue = PutQueue;
        int i = queue.Count;
        while (i > 0 && queue[i - 1].Priority > request.Priority) i--;
        return i;
    }

    /// <inheritdoc />
    protected override bool TryPut(Request request)
    {
        if (_users.Count >= Capacity && request.Preempt)
        {
            // The victim is the user with the worst priority, the latest granted among equals.
            Request? victim = null;
            foreach (var user in _users)
            {
                if (victim is null || user.Priority > victim.Priority ||
                    (user.Priority == victim.Priority && user.Order > victim.Order))
                    victim = user;
            }
            if (victim is not null && victim.Priority > request.Priority)
            {
                _users.Remove(victim);
                if (victim.Owner is { IsAlive: true } owner)
                    owner.Interrupt(new Preempted(request.Owner, victim.UsageSince, this));
            }
        }
        if (_users.Count >= Capacity) return false;
        _users.Add(request);
        request.UsageSince = Simulation.Now;
        request.Succeed();
        return true;
    }

    /// <inheritdoc />
    protected override bool TryGet(Release request) => true;
}
