using System.Runtime.CompilerServices;
using SpareSim.Core.Collections;
using SpareSim.Core.Kernel;

namespace SpareSim.Core.Resources;

/// <summary>
/// The one base of all resources (SimPy's BaseResource): a queue of put requests and a queue of
/// get requests, and two hooks that say whether a request can be served now. A served put may
/// unblock gets and a served get may unblock puts; the base does that bookkeeping so that each
/// concrete resource is only its hooks.
/// </summary>
/// <typeparam name="TPut">The put-request event type.</typeparam>
/// <typeparam name="TGet">The get-request event type.</typeparam>
public abstract class ResourceBase<TPut, TGet>
    where TPut : Event
    where TGet : Event
{
    private readonly RingQueue<TPut> _putQueue = new();
    // Get requests and processes that wait for a get themselves (a take): one queue, so both
    // kinds are served first come first served.
    private readonly RingQueue<Event> _getQueue = new();

    /// <summary>Creates the resource in <paramref name="simulation"/>.</summary>
    protected ResourceBase(Simulation simulation)
    {
        Simulation = simulation ?? throw new ArgumentNullException(nameof(simulation));
    }

    /// <summary>The simulation the resource belongs to.</summary>
    public Simulation Simulation { get; }

    /// <summary>Put requests waiting to be served, in service order.</summary>
    public IReadOnlyList<TPut> PutQueue => _putQueue;

    /// <summary>Get requests waiting to be served, in service order: <typeparamref name="TGet"/> events, and the processes waiting in a take.</summary>
    public IReadOnlyList<Event> GetQueue => _getQueue;

    /// <summary>Tries to serve a put request now; on success it must trigger the request.</summary>
    protected abstract bool TryPut(TPut request);

    /// <summary>Tries to serve a get request now; on success it must trigger the request.</summary>
    protected abstract bool TryGet(TGet request);

    /// <summary>Tries to serve a process waiting in a take now; on success it must hand over and resume it.</summary>
    protected virtual bool TryTake(Process taker) => throw new InvalidOperationException($"{GetType().Name} has no takes");

    /// <summary>
    /// Whether a blocked get lets later gets be tried (true for a filter store, whose later
    /// requests may match other items); false keeps strict first-come-first-served.
    /// </summary>
    protected virtual bool GetsMayOvertake => false;

    /// <summary>Where a new put request joins the queue; FIFO unless overridden.</summary>
    protected virtual int PutQueueIndex(TPut request) => _putQueue.Count;

    /// <summary>Enqueues a put request and serves what can be served.</summary>
    protected void EnqueuePut(TPut request)
    {
        int index = PutQueueIndex(request);
        if (index == _putQueue.Count) _putQueue.Add(request);
        else _putQueue.Insert(index, request);
        ServePuts();
    }

    /// <summary>Enqueues a get request (or a taking process) and serves what can be served.</summary>
    private protected void EnqueueGet(Event request)
    {
        _getQueue.Add(request);
        ServeGets();
    }

    /// <summary>Enqueues a get request and serves what can be served.</summary>
    protected void EnqueueGet(TGet request) => EnqueueGet((Event)request);

    /// <summary>Withdraws a request that has not been served (e.g. a disposed request).</summary>
    protected bool CancelPut(TPut request) => _putQueue.Remove(request);

    /// <summary>Withdraws a get request that has not been served.</summary>
    protected bool CancelGet(TGet request) => _getQueue.Remove(request);

    /// <summary>Withdraws a taking process that has not been served (it was interrupted).</summary>
    private protected bool CancelTake(Process taker) => _getQueue.Remove(taker);

    /// <summary>Serves waiting puts in order until one is blocked; served puts may unblock gets.</summary>
    protected void ServePuts()
    {
        bool served = false;
        while (_putQueue.Count > 0 && TryPut(_putQueue.First))
        {
            _putQueue.RemoveFirst();
            served = true;
        }
        if (served && _getQueue.Count > 0) ServeGets();
    }

    /// <summary>Serves waiting gets in order; served gets may unblock puts.</summary>
    protected void ServeGets()
    {
        bool served = false;
        int i = 0;
        while (i < _getQueue.Count)
        {
            var request = _getQueue[i];
            if (request is Process taker ? TryTake(taker) : TryGet(Unsafe.As<TGet>(request)))
            {
                _getQueue.RemoveAt(i);
                served = true;
            }
            else if (GetsMayOvertake) i++;
            else break;
        }
        if (served && _putQueue.Count > 0) ServePuts();
    }
}
