using SpareSim.Core.Kernel;
using SpareSim.Core.Random;

namespace SpareSim.Models.RemotePrinting;

/// <summary>
/// The scheduled replenishment: a convoy due every L days (at the end of days L, 2L, …). A
/// convoy may be cancelled (the site learns it on the due day and waits for the next one) or
/// delayed by a whole number of days (the site learns it only when the convoy arrives). The
/// process calls the site's arrival handler at the end of the arrival day, before the day's
/// emergency decision.
/// </summary>
public sealed class Convoy
{
    /// <summary>Event priority of an arrival: after the day's failures, before the day-end decision.</summary>
    public const int ArrivalPriority = 1;

    private readonly Simulation _simulation;
    private readonly RemoteSiteConfiguration _c;
    private readonly RandomStream _stream;
    private readonly Action _onArrival;

    /// <summary>Creates the convoy; <paramref name="onArrival"/> unloads it at the site.</summary>
    public Convoy(Simulation simulation, RemoteSiteConfiguration configuration, RandomStreams streams, Action onArrival)
    {
        ArgumentNullException.ThrowIfNull(simulation);
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(streams);
        ArgumentNullException.ThrowIfNull(onArrival);
        _simulation = simulation;
        _c = configuration;
        _stream = streams.Get("convoy");
        _onArrival = onArrival;
        NextDue = configuration.CycleLength;
    }

    /// <summary>The day the awaited convoy is (or was) due.</summary>
    public int NextDue { get; private set; }

    /// <summary>Convoys that arrived.</summary>
    public long Arrivals { get; private set; }

    /// <summary>Convoys cancelled.</summary>
    public long Cancellations { get; private set; }

    /// <summary>Total days of delay of the convoys that arrived late.</summary>
    public long DelayDays { get; private set; }

    /// <summary>Starts the convoy process.</summary>
    public void Start() => _simulation.Process(Run(), "convoy");

    private IEnumerable<Event> Run()
    {
        for (long k = 1; ; k++)
        {
            int due = checked((int)(k * _c.CycleLength));
            NextDue = due;
            if (_simulation.Now < due) yield return _simulation.Timeout(due - _simulation.Now, null, ArrivalPriority);
            // Both draws every cycle, so the streams stay aligned across scenarios (common random numbers).
            bool cancelled = _stream.NextDouble() < _c.ConvoyCancellationProbability;
            double delay = _c.ConvoyDelay?.Sample(_stream) ?? 0;
            if (cancelled)
            {
                Cancellations++;
                continue;
            }
            int days = (int)Math.Ceiling(Math.Max(0, delay) - 1e-9);
            if (days > 0)
            {
                DelayDays += days;
                yield return _simulation.Timeout(days, null, ArrivalPriority);
            }
            Arrivals++;
            _onArrival();
        }
    }
}
