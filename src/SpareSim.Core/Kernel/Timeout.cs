namespace SpareSim.Core.Kernel;

/// <summary>An event that succeeds after a delay. It is scheduled when created.</summary>
public sealed class Timeout : Event
{
    internal Timeout(Simulation simulation, double delay, object? value, int priority) : base(simulation)
    {
        if (!(delay >= 0) || double.IsPositiveInfinity(delay))
            throw new ArgumentOutOfRangeException(nameof(delay), delay, "a timeout's delay must be finite and >= 0");
        TriggerAfter(delay, value, priority);
    }
}
