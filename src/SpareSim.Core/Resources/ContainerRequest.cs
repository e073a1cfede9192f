using SpareSim.Core.Kernel;

namespace SpareSim.Core.Resources;

/// <summary>A request to put into or take from a <see cref="Container"/> an amount of matter.</summary>
public sealed class ContainerRequest : Event
{
    internal ContainerRequest(Simulation simulation, double amount) : base(simulation) => Amount = amount;

    /// <summary>The amount to put or take.</summary>
    public double Amount { get; }
}
