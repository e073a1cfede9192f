using SpareSim.Core.Kernel;

namespace SpareSim.Core.Resources;

/// <summary>
/// A request to take an item from a store; succeeds with the item as its value
/// (<see cref="Item"/>). A filter store only hands over items that satisfy <see cref="Filter"/>.
/// </summary>
/// <typeparam name="T">The item type.</typeparam>
public sealed class StoreGet<T> : Event
{
    internal StoreGet(Simulation simulation, Func<T, bool>? filter) : base(simulation) => Filter = filter;

    /// <summary>The filter, or null for any item.</summary>
    public Func<T, bool>? Filter { get; }

    /// <summary>The item taken, once the request has succeeded.</summary>
    public T Item => IsTriggered && Ok ? _item : throw new InvalidOperationException("the get request has not succeeded yet");

    // The item is kept typed, so a store of value types does not box one per get.
    private T _item = default!;

    private protected override object? SucceededValue => _item;

    internal void SucceedWith(T item)
    {
        _item = item;
        Succeed();
    }
}
