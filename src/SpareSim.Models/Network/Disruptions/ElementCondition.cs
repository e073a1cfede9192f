using SpareSim.Core.Kernel;

namespace SpareSim.Models.Network.Disruptions;

/// <summary>
/// The disruptions active on one element now, as the engine's hooks ask for them: is an
/// outage (or another kind) active, the factor to apply, an event that fires when a kind is
/// clear again. An element nobody aims at has no condition (the engine's hot paths stay as they are).
/// </summary>
internal sealed class ElementCondition(Simulation simulation)
{
    private readonly List<DisruptionProcess> _active = [];
    private readonly Dictionary<DisruptionKind, Event> _clear = [];

    public bool IsActive(DisruptionKind kind)
    {
        foreach (var d in _active)
            if (d.Definition.Kind == kind) return true;
        return false;
    }

    /// <summary>The largest factor of the active disruptions of <paramref name="kind"/> (1 when none is active).</summary>
    public double Factor(DisruptionKind kind)
    {
        double factor = 1;
        bool any = false;
        foreach (var d in _active)
        {
            if (d.Definition.Kind != kind) continue;
            factor = any ? Math.Max(factor, d.Definition.Factor) : d.Definition.Factor;
            any = true;
        }
        return factor;
    }

    /// <summary>The extra delay of a convoy departure now: one draw from each active convoy delay, the largest.</summary>
    public double ExtraDelay()
    {
        double delay = 0;
        foreach (var d in _active)
            if (d.Definition.Kind == DisruptionKind.ConvoyDelay) delay = Math.Max(delay, d.DrawDelay());
        return delay;
    }

    /// <summary>An event that succeeds when no disruption of <paramref name="kind"/> is active any more (now, if none is).</summary>
    public Event WhenClear(DisruptionKind kind)
    {
        if (!IsActive(kind)) return simulation.Event().Succeed();
        if (!_clear.TryGetValue(kind, out var e)) _clear[kind] = e = simulation.Event();
        return e;
    }

    public void Begin(DisruptionProcess disruption) => _active.Add(disruption);

    public void End(DisruptionProcess disruption)
    {
        _active.Remove(disruption);
        var kind = disruption.Definition.Kind;
        if (!IsActive(kind) && _clear.Remove(kind, out var e)) e.Succeed();
    }
}
