namespace SpareSim.Core.Kernel;

/// <summary>
/// The error of a process that was interrupted and did not take the interrupt
/// (<see cref="Process.TryGetInterrupt"/>) before yielding again or ending.
/// </summary>
public sealed class InterruptException : Exception
{
    /// <summary>Creates the exception for an interrupt with <paramref name="cause"/>.</summary>
    public InterruptException(object? cause) : base($"process interrupted (cause: {cause ?? "none"})")
    {
        Cause = cause;
    }

    /// <summary>The cause given to <see cref="Process.Interrupt"/>.</summary>
    public object? Cause { get; }
}
