using SpareSim.Core.Kernel;

namespace SpareSim.Core.Resources;

/// <summary>A request to put an item into a store; succeeds when there is room.</summary>
/// <typeparam name="T">The item type.</typeparam>
public sealed class StorePut<T> : Event
{
    internal StorePut(Simulation simulation, T item) : base(simulation) => Item = item;

    /// <summary>The item to put.</summary>
    public T Item { get; }
}
