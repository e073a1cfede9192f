using SpareSim.Core.Collections;
using SpareSim.Core.Kernel;

namespace SpareSim.Core.Resources;

/// <summary>
/// A store of items with a capacity (spare parts on a shelf, orders in a queue). Gets wait for
/// an item, puts wait for room. Items leave in FIFO order; <see cref="PriorityStore{T}"/> and
/// <see cref="FilterStore{T}"/> change the order by overriding the two item hooks.
/// </summary>
/// <typeparam name="T">The item type.</typeparam>
public class Store<T> : ResourceBase<StorePut<T>, StoreGet<T>>
{
    private readonly RingQueue<T> _items = new();
    private readonly TakeMarker _takeMarker;

    /// <summary>Creates a store with room for <paramref name="capacity"/> items (default unbounded).</summary>
    public Store(Simulation simulation, int capacity = int.MaxValue) : base(simulation)
    {
        if (capacity < 1) throw new ArgumentOutOfRangeException(nameof(capacity), capacity, "a store needs capacity >= 1");
        Capacity = capacity;
        _takeMarker = new TakeMarker(this);
    }

    /// <summary>The maximum number of items.</summary>
    public int Capacity { get; }

    /// <summary>The number of items in the store.</summary>
    public virtual int Count => _items.Count;

    /// <summary>The items in the store, in FIFO order.</summary>
    public virtual IEnumerable<T> Items => _items;

    /// <summary>Puts <paramref name="item"/>; the event succeeds when it is stored.</summary>
    public StorePut<T> Put(T item)
    {
        var put = new StorePut<T>(Simulation, item);
        EnqueuePut(put);
        return put;
    }

    /// <summary>Takes the next item; the event's value is the item.</summary>
    public StoreGet<T> Get()
    {
        var get = new StoreGet<T>(Simulation, null);
        EnqueueGet(get);
        return get;
    }

    /// <summary>
    /// Puts <paramref name="item"/> without an event to keep: the allocation-free form of
    /// <c>Put(item)</c> for a producer that does not wait for room. The put is still an event of
    /// the event list (counted and ordered as a <see cref="StorePut{T}"/> would be); only a put
    /// that must wait for room (a full store) makes a <see cref="StorePut{T}"/>.
    /// </summary>
    public void Add(T item)
    {
        if (PutQueue.Count > 0 || Count >= Capacity)
        {
            _ = Put(item);
            return;
        }
        AddItem(item);
        Simulation.ScheduleOccurrence(this);
        ServeGets();
    }

    /// <summary>
    /// Takes the next item for the running process: the allocation-free form of
    /// <c>yield return Get()</c>. The process itself waits in the get queue (first come first
    /// served with <see cref="Get()"/> requests) and resumes when it is served, like a get event
    /// processed then; <see cref="Taken"/> gives the item. The returned event is a marker shared
    /// by every take of this store, to be yielded at once (see <see cref="Simulation.Hold"/>). A
    /// process interrupted before it is served leaves the queue and gets nothing; one served at
    /// the instant of the interrupt has its item in <see cref="Taken"/>.
    /// </summary>
    /// <exception cref="InvalidOperationException">No process is running, or it has armed another wait.</exception>
    public Event Take()
    {
        var process = Simulation.ActiveProcess ?? throw new InvalidOperationException("Take suspends the running process: call it inside a process and yield it at once (use Get elsewhere)");
        process.Arm(_takeMarker);
        EnqueueGet(process);
        return _takeMarker;
    }

    /// <summary>The item the running process received from its last <see cref="Take"/> of any store of this item type.</summary>
    /// <exception cref="InvalidOperationException">No process is running.</exception>
    public T Taken => (Simulation.ActiveProcess ?? throw new InvalidOperationException("Taken is the running process's item: read it inside the process")).Received<T>();

    /// <summary>Withdraws a get request that has not been served.</summary>
    public bool Cancel(StoreGet<T> request) => CancelGet(request);

    /// <summary>Adds an item to the store's ordering.</summary>
    protected virtual void AddItem(T item) => _items.Add(item);

    /// <summary>Removes and returns the item for a get with <paramref name="filter"/> (null: any item), if there is one.</summary>
    protected virtual bool TryTakeItem(Func<T, bool>? filter, out T item)
    {
        if (filter is null)
        {
            if (_items.Count > 0)
            {
                item = _items.RemoveFirst();
                return true;
            }
        }
        else
        {
            for (int i = 0; i < _items.Count; i++)
            {
                if (filter(_items[i]))
                {
                    item = _items[i];
                    _items.RemoveAt(i);
                    return true;
                }
            }
        }
        item = default!;
        return false;
    }

    /// <inheritdoc />
    protected sealed override bool TryPut(StorePut<T> request)
    {
        if (Count >= Capacity) return false;
        AddItem(request.Item);
        request.Succeed();
        return true;
    }

    /// <inheritdoc />
    protected sealed override bool TryGet(StoreGet<T> request)
    {
        if (!TryTakeItem(request.Filter, out var item)) return false;
        request.SucceedWith(item);
        return true;
    }

    /// <inheritdoc />
    protected sealed override bool TryTake(Process taker)
    {
        if (!TryTakeItem(null, out var item)) return false;
        taker.HandOver(item);
        taker.ResumeSoon();
        return true;
    }

    /// <summary>Enqueues a filtered get (for <see cref="FilterStore{T}"/>).</summary>
    protected StoreGet<T> EnqueueFilteredGet(Func<T, bool> filter)
    {
        var get = new StoreGet<T>(Simulation, filter);
        EnqueueGet(get);
        return get;
    }

    /// <summary>The marker of this store's takes; an interrupted taker leaves the queue through it.</summary>
    private sealed class TakeMarker(Store<T> store) : WaitMarker(store.Simulation, "Take", "a take")
    {
        internal override void Withdraw(Process process) => store.CancelTake(process);

        public override string ToString() => "Take";
    }
}
