namespace SpareSim.Core.Kernel;

/// <summary>
/// The urgent, failed event that delivers an interrupt to a process: it detaches the process
/// from the event it was waiting for and resumes it with the cause pending.
/// </summary>
internal sealed class Interruption : Event
{
    public Interruption(Process target, object? cause) : base(target.Simulation)
    {
        Target = target;
        Cause = cause;
        SetFailedUnscheduled(new InterruptException(cause));
        Defused = true; // delivered to the process, which decides what to do with it
        Simulation.Schedule(this, 0, EventPriority.Urgent);
        AddWaiter(target);
    }

    public Process Target { get; }

    public object? Cause { get; }
}
