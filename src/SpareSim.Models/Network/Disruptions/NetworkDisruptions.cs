using SpareSim.Core.Distributions;
using SpareSim.Core.Kernel;
using SpareSim.Core.Random;
using SpareSim.Models.Network.Engine;

namespace SpareSim.Models.Network.Disruptions;

/// <summary>
/// The disruptions of one replication: a <see cref="DisruptionProcess"/> per definition and an
/// <see cref="ElementCondition"/> per disrupted element, which the engine's nodes ask. The kinds
/// that act at a start are wired here: a stock loss takes units off the shelf, a printer's
/// outage with <c>inProgress</c> resume or restart stops the prints under way, a demand surge
/// adds a Poisson stream of failures at rate (factor − 1) × the base's rate until its end
/// (superposed on the base's own, so the total rate is factor × the base's rate).
/// </summary>
internal sealed class NetworkDisruptions
{
    private readonly Simulation _simulation;
    private readonly Dictionary<(DisruptedElement, int), ElementCondition> _conditions = [];

    public NetworkDisruptions(Simulation simulation, IReadOnlyList<DisruptionDefinition> definitions, RandomStreams streams)
    {
        _simulation = simulation;
        Processes = definitions.Select(d =>
        {
            var key = (d.Target.Element, d.Target.Index);
            if (!_conditions.TryGetValue(key, out var condition)) _conditions[key] = condition = new ElementCondition(simulation);
            return new DisruptionProcess(simulation, d, condition, streams);
        }).ToArray();
    }

    public DisruptionProcess[] Processes { get; }

    /// <summary>The condition of an element, or null when no disruption is aimed at it.</summary>
    public ElementCondition? Condition(DisruptedElement element, int index) => _conditions.GetValueOrDefault((element, index));

    /// <summary>Connects the kinds that act on a start to the nodes they act on.</summary>
    public void Wire(StockPointNode[] stockPoints, InstalledBaseNode[] bases, IReadOnlyDictionary<int, PrinterPool> printersBySource)
    {
        foreach (var p in Processes)
        {
            int index = p.Definition.Target.Index;
            if (p.Definition.Kind == DisruptionKind.StockLoss)
                p.Started = (d, _) => stockPoints[index].LoseStock(d.Definition.Fraction, d.Stream);
            else if (p.Definition.Kind == DisruptionKind.DemandSurge && p.Definition.Factor > 1)
                p.Started = (d, end) => _simulation.Process(ExtraFailures(bases[index], d, end), $"surge/{d.Definition.Name}");
            else if (p.Definition is { Kind: DisruptionKind.Outage, InProgress: not OutageInProgress.Finish } && printersBySource.TryGetValue(index, out var pool))
            {
                pool.TrackPrints();
                p.Started = (d, _) => pool.StopPrints(d.Definition.InProgress);
            }
        }
    }

    public void Start()
    {
        foreach (var p in Processes) p.Start();
    }

    public void ResetStatistics(double now)
    {
        foreach (var p in Processes) p.Active.Reset(now);
    }

    private IEnumerable<Event> ExtraFailures(InstalledBaseNode node, DisruptionProcess surge, double end)
    {
        var between = Exponential.FromRate((surge.Definition.Factor - 1) * node.PoissonRate);
        while (true)
        {
            double next = _simulation.Now + between.Sample(surge.Stream);
            if (next >= end) yield break;
            yield return _simulation.Timeout(next - _simulation.Now);
            node.ExtraFailure();
        }
    }
}
