using SpareSim.Core.Kernel;

namespace SpareSim.Core.Resources;

/// <summary>
/// A store whose gets take the first (FIFO) item that satisfies a filter, e.g. "a spare of
/// version AM". A get that finds no match does not block later gets that may match other items.
/// </summary>
/// <typeparam name="T">The item type.</typeparam>
public sealed class FilterStore<T> : Store<T>
{
    /// <summary>Creates a filter store with room for <paramref name="capacity"/> items.</summary>
    public FilterStore(Simulation simulation, int capacity = int.MaxValue) : base(simulation, capacity)
    {
    }

    /// <summary>Takes the first item satisfying <paramref name="filter"/>.</summary>
    public StoreGet<T> Get(Func<T, bool> filter)
    {
        ArgumentNullException.ThrowIfNull(filter);
        return EnqueueFilteredGet(filter);
    }

    /// <inheritdoc />
    protected override bool GetsMayOvertake => true;
}
