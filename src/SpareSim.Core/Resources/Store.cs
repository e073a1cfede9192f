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

    /// <summary>Creates a store with room for <paramref name="capacity"/> items (default unbounded).</summary>
    public Store(Simulation simulation, int capacity = int.MaxValue) : base(simulation)
    {
        if (capacity < 1) throw new ArgumentOutOfRangeException(nameof(capacity), capacity, "a store needs capacity >= 1");
        Capacity = capacity;
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

    /// <summary>Withdraws a get request that has not been served.</summary>
    public bool Cancel(StoreGet<T> request) => CancelGet(request);

    /// <summary>Adds an item to the store's ordering.</summary>
    protected virtual void AddItem(T item) => _items.Add(item);

    /// <summary>Removes and returns the item the request should receive, if there is one.</summary>
    protected virtual bool TryTakeItem(StoreGet<T> request, out T item)
    {
        if (request.Filter is null)
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
                if (request.Filter(_items[i]))
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
        if (!TryTakeItem(request, out var item)) return false;
        request.SucceedWith(item);
        return true;
    }

    /// <summary>Enqueues a filtered get (for <see cref="FilterStore{T}"/>).</summary>
    protected StoreGet<T> EnqueueFilteredGet(Func<T, bool> filter)
    {
        var get = new StoreGet<T>(Simulation, filter);
        EnqueueGet(get);
        return get;
    }
}
