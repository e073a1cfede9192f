namespace SpareSim.Core.Kernel;

/// <summary>
/// Stops a run: a process failed (its generator threw, or it did not handle a failed event or an
/// interrupt) and nothing waited for it, or an event failed and nothing handled the failure.
/// The message names the process.
/// </summary>
public sealed class SimulationException : Exception
{
    /// <summary>Creates the exception.</summary>
    public SimulationException(string message, Exception? inner) : base(message, inner)
    {
    }
}
