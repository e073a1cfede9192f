using SpareSim.Core.Kernel;
using SpareSim.Core.Random;
using SpareSim.Core.Statistics;

namespace SpareSim.Models.Network.Disruptions;

/// <summary>
/// One disruption at run time: a process that follows its timing, drawing from its own stream
/// "disruption/NAME", and marks its element's <see cref="ElementCondition"/> active and clear.
/// At each start it calls <see cref="Started"/> with the end already drawn, for the kinds that act
/// once per interval (a stock loss, the extra failures of a demand surge).
/// </summary>
internal sealed class DisruptionProcess
{
    private readonly Simulation _simulation;
    private readonly ElementCondition _condition;
    private readonly RandomStream _stream;

    public DisruptionProcess(Simulation simulation, DisruptionDefinition definition, ElementCondition condition, RandomStreams streams)
    {
        _simulation = simulation;
        Definition = definition;
        _condition = condition;
        _stream = streams.Get($"disruption/{definition.Name}");
        Active = new TimeWeightedStatistic(simulation.Now, 0);
    }

    public DisruptionDefinition Definition { get; }

    /// <summary>1 while active, 0 otherwise, over time.</summary>
    public TimeWeightedStatistic Active { get; }

    public bool IsActive => Active.CurrentLevel > 0;

    /// <summary>The disruption's stream, for the draws the hooks make while it is active.</summary>
    public RandomStream Stream => _stream;

    /// <summary>Called at each start with (this, end time).</summary>
    public Action<DisruptionProcess, double>? Started { get; set; }

    /// <summary>Called at each start (true) and end (false), e.g. by a decision log.</summary>
    public Action<DisruptionProcess, bool>? Changed { get; set; }

    public void Start() => _simulation.Process(Run(), $"disruption/{Definition.Name}");

    public double DrawDelay() => Definition.Delay?.Sample(_stream) ?? 0;

    private IEnumerable<Event> Run()
    {
        switch (Definition.Timing)
        {
            case FixedWindows fixedWindows:
                foreach (var w in fixedWindows.Windows)
                    foreach (var e in Interval(w.Start, w.Duration)) yield return e;
                break;
            case AlternatingRenewal renewal:
                while (true)
                {
                    double up = renewal.UpTime.Sample(_stream), down = renewal.DownTime.Sample(_stream);
                    foreach (var e in Interval(_simulation.Now + up, down)) yield return e;
                }
            case RandomShock shock:
                double start = shock.Start.Sample(_stream), duration = shock.Duration.Sample(_stream);
                foreach (var e in Interval(start, duration)) yield return e;
                break;
        }
    }

    private IEnumerable<Event> Interval(double start, double duration)
    {
        if (start > _simulation.Now) yield return _simulation.Timeout(start - _simulation.Now);
        if (!(duration > 0)) yield break;
        Active.Update(_simulation.Now, 1);
        _condition.Begin(this);
        Changed?.Invoke(this, true);
        Started?.Invoke(this, _simulation.Now + duration);
        yield return _simulation.Timeout(duration);
        Active.Update(_simulation.Now, 0);
        _condition.End(this);
        Changed?.Invoke(this, false);
    }
}
