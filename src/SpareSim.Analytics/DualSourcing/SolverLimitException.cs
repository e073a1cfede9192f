namespace SpareSim.Analytics.DualSourcing;

/// <summary>
/// A dual-sourcing solve refused or stopped because it would exceed a <see cref="SolverLimits"/>
/// bound (states, memory or time); the message says which and what to change.
/// </summary>
public sealed class SolverLimitException : InvalidOperationException
{
    /// <summary>An exception with <paramref name="message"/>.</summary>
    public SolverLimitException(string message) : base(message) { }

    /// <summary>An exception with <paramref name="message"/> and its cause.</summary>
    public SolverLimitException(string message, Exception inner) : base(message, inner) { }
}
