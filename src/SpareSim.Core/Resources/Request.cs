using SpareSim.Core.Kernel;

namespace SpareSim.Core.Resources;

/// <summary>
/// A request for one unit of a <see cref="Resource"/>: an event that succeeds when the unit is
/// granted. Disposing it releases the unit (or withdraws a request still waiting), so a process
/// holds a unit with <c>using var req = resource.Request(); yield return req;</c>.
/// </summary>
public sealed class Request : Event, IDisposable
{
    internal Request(Resource resource, int priority, bool preempt) : base(resource.Simulation)
    {
        Resource = resource;
        Priority = priority;
        Preempt = preempt;
        Owner = resource.Simulation.ActiveProcess;
        RequestTime = resource.Simulation.Now;
    }

    /// <summary>The resource requested.</summary>
    public Resource Resource { get; }

    /// <summary>Lower values are served first (and may preempt higher values).</summary>
    public int Priority { get; }

    /// <summary>Whether this request may preempt a user of lower priority.</summary>
    public bool Preempt { get; }

    /// <summary>The process that made the request; it is the one interrupted on preemption.</summary>
    public Process? Owner { get; }

    /// <summary>When the request was made.</summary>
    public double RequestTime { get; }

    /// <summary>When the unit was granted (NaN while waiting).</summary>
    public double UsageSince { get; internal set; } = double.NaN;

    /// <summary>Releases the unit, or withdraws the request if it is still waiting.</summary>
    public void Dispose() => Resource.Release(this);

    /// <inheritdoc />
    public override string ToString() => $"Request(priority={Priority}, preempt={Preempt})";
}
