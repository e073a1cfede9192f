namespace SpareSim.Core.Kernel;

/// <summary>
/// What <see cref="Simulation.Hold"/> returns: one marker per simulation, never triggered. The
/// waiting process is scheduled itself, so the marker has no state to reuse or to go stale.
/// </summary>
internal sealed class HoldMarker : WaitMarker
{
    public HoldMarker(Simulation simulation) : base(simulation, "Hold", "a hold")
    {
    }

    /// <inheritdoc />
    public override string ToString() => "Hold";
}
