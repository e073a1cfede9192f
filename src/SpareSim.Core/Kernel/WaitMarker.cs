namespace SpareSim.Core.Kernel;

/// <summary>
/// A shared, never-triggered event that a process yields for a wait in which the process itself
/// is the entry (in the event list for a hold, in a resource's queue for a seize or a take):
/// nothing is allocated per wait and nothing is reused, because the marker carries no outcome.
/// The kernel rejects callbacks and conditions on a marker, and a marker yielded without the
/// call that armed it.
/// </summary>
public abstract class WaitMarker : Event
{
    private protected WaitMarker(Simulation simulation, string call, string what) : base(simulation)
    {
        Call = call;
        What = what;
        IsMarker = true;
    }

    /// <summary>The call that arms the wait, for error messages ("Hold", "Take").</summary>
    internal string Call { get; }

    /// <summary>What the wait is, for error messages ("a hold", "a take").</summary>
    internal string What { get; }

    /// <summary>Withdraws <paramref name="process"/> from the wait (it was interrupted); a hold has nothing to withdraw.</summary>
    internal virtual void Withdraw(Process process)
    {
    }
}
