using SpareSim.Core.Kernel;

namespace SpareSim.Core.Resources;

/// <summary>
/// A store whose gets take the smallest item by a comparer (FIFO among equal items), e.g. the
/// most urgent backorder.
/// </summary>
/// <typeparam name="T">The item type.</typeparam>
public sealed class PriorityStore<T> : Store<T>
{
    private readonly PriorityQueue<T, (T Item, long Order)> _items;
    private long _order;

    /// <summary>Creates a priority store ordered by <paramref name="comparer"/>.</summary>
    public PriorityStore(Simulation simulation, IComparer<T> comparer, int capacity = int.MaxValue) : base(simulation, capacity)
    {
        ArgumentNullException.ThrowIfNull(comparer);
        _items = new PriorityQueue<T, (T, long)>(Comparer<(T Item, long Order)>.Create((a, b) =>
        {
            int c = comparer.Compare(a.Item, b.Item);
            return c != 0 ? c : a.Order.CompareTo(b.Order);
        }));
    }

    /// <inheritdoc />
    public override int Count => _items.Count;

    /// <inheritdoc />
    public override IEnumerable<T> Items => _items.UnorderedItems.OrderBy(x => x.Priority.Order).Select(x => x.Element);

    /// <inheritdoc />
    protected override void AddItem(T item) => _items.Enqueue(item, (item, _order++));

    /// <inheritdoc />
    protected override bool TryTakeItem(Func<T, bool>? filter, out T item) => _items.TryDequeue(out item!, out _);
}
