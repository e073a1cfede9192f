namespace SpareSim.Core.Kernel;

/// <summary>
/// An event that waits for a set of events: <see cref="Simulation.AnyOf"/> succeeds when the
/// first of them succeeds, <see cref="Simulation.AllOf"/> when all have. Its value is the list of
/// the events processed successfully by then, in the order given. If one of them fails first,
/// the condition fails with that error.
/// </summary>
public sealed class Condition : Event
{
    private readonly Event[] _events;
    private readonly bool _all;
    private int _succeeded;

    internal Condition(Simulation simulation, Event[] events, bool all) : base(simulation)
    {
        ArgumentNullException.ThrowIfNull(events);
        _events = (Event[])events.Clone();
        _all = all;
        foreach (var e in _events)
        {
            if (e is null) throw new ArgumentException("a condition's events must not be null", nameof(events));
            if (!ReferenceEquals(e.Simulation, simulation)) throw new ArgumentException("a condition's events must belong to its simulation", nameof(events));
            if (e.IsMarker) throw new ArgumentException($"a condition cannot wait for {((WaitMarker)e).What}: use a Timeout, Request or Get", nameof(events));
        }
        if (_events.Length == 0)
        {
            Succeed(Array.Empty<Event>());
            return;
        }
        foreach (var e in _events)
        {
            if (e.IsProcessed) Check(e);
            else e.AddCallback(Check);
        }
    }

    /// <summary>The events the condition waits for.</summary>
    public IReadOnlyList<Event> Events => _events;

    private void Check(Event e)
    {
        if (IsTriggered) return;
        if (!e.Ok)
        {
            e.Defused = true;
            Fail(e.Error!);
            return;
        }
        _succeeded++;
        if (!_all || _succeeded == _events.Length)
        {
            foreach (var other in _events)
                if (!other.IsProcessed) other.RemoveCallback(Check);
            Succeed(_events.Where(x => x.IsProcessed && x.Ok).ToArray());
        }
    }

    /// <inheritdoc />
    public override string ToString() => _all ? "AllOf" : "AnyOf";
}
