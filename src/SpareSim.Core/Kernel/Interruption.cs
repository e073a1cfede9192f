namespace SpareSim.Core.Kernel;

/// <summary>
/// The urgent event that delivers an interrupt to a process: it detaches the process
/// from the event it was waiting for and resumes it with the cause pending.
/// </summary>
internal sealed class Interruption : Event
{
    public Interruption(Process target, object? cause) : base(target.Simulation)
    {
        Target = target;
        Cause = cause;
        // It succeeds: the process turns it into an InterruptException only if it does not take
        // the interrupt, so the exception (and its message) is built only when it is needed.
        TriggerAfter(0, null, EventPriority.Urgent);
        AddWaiter(target);
    }

    public Process Target { get; }

    public object? Cause { get; }
}
