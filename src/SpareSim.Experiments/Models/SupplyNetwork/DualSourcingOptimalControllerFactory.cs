using SpareSim.Analytics.DualSourcing;
using SpareSim.Models.Network.Controllers;
using SpareSim.Models.Network.Definition;
using SpareSim.Models.Network.File;

namespace SpareSim.Experiments.Models.SupplyNetwork;

/// <summary>
/// The controller kind "dual-sourcing-optimal": the exact optimal dual-sourcing policy of
/// Knofius et al. (2020) for the stock point's installed base, solved by the analytical core at the
/// stock point's base stock and followed state by state (a <see cref="StateTableController"/>).
/// The part has two versions, the first CM and the second AM; the instance is read off the model
/// file: k systems, failure rates 1/mean lifetime, supply rates 1/mean lead time of the mapped
/// sources, piece prices, downtime cost b, cost per failure m, holding rate κ, AM saving.
/// Non-exponential laws are allowed (the policy is then the exponential model's, by their means).
/// Model file: <c>{ "kind": "dual-sourcing-optimal", "sources": { "cm": "cm-supplier", "am": "am-supplier" } }</c>.
/// </summary>
public sealed class DualSourcingOptimalControllerFactory : IControllerFactory
{
    /// <inheritdoc />
    public string Kind => "dual-sourcing-optimal";

    /// <inheritdoc />
    public string Description => "the analytic optimal dual-sourcing policy (Knofius et al. 2020) at the stock point's base stock";

    /// <inheritdoc />
    public IReplenishmentController Create(ControllerContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.AllowKeys("sources");
        var (instance, sources) = Instance(context);
        var optimizer = new DualSourcingOptimizer();
        DualSourcingSolution solution;
        try
        {
            solution = DualSourcingSolver.Solve(instance, optimizer.Space(instance.InstalledBase, context.StockPoint.BaseStock));
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException)
        {
            throw new NetworkModelException(context.Path, $"the dual-sourcing model cannot be solved: {e.Message}");
        }
        return new StateTableController(ToTable(solution.Policy(), context.Part), sources);
    }

    /// <summary>The policy as a table over the part's two versions (first CM, second AM).</summary>
    public static PolicyTable ToTable(DualSourcingPolicy policy, PartDefinition part)
    {
        ArgumentNullException.ThrowIfNull(policy);
        ArgumentNullException.ThrowIfNull(part);
        string cm = part.Versions[0].Name, am = part.Versions[1].Name;
        var rows = policy.States.Select(s =>
        {
            var a = policy[s];
            return (new[] { s.InstalledCm, s.InstalledAm, s.PipelineCm, s.PipelineAm, s.StockCm, s.StockAm },
                a.Install() == PartVersion.Am ? am : cm, a.Order() == PartVersion.Am ? am : cm);
        }).ToList();
        return new PolicyTable([cm, am], rows);
    }

    /// <summary>The analytic instance of the context's stock point, and the source of each version.</summary>
    public static (DualSourcingInstance Instance, int[] Sources) Instance(ControllerContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var network = context.Network;
        var point = context.StockPoint;
        var part = context.Part;
        if (part.Versions.Count != 2) throw context.Error("kind", $"needs a part with two versions (CM first, AM second); '{part.Name}' has {part.Versions.Count}");
        var bases = network.InstalledBases.Where(b => b.Site == point.Site && b.Part == point.Part).ToList();
        if (bases.Count != 1 || bases[0].FailureMode != FailureMode.Renewal || bases[0].UnitsPerSystem != 1)
            throw context.Error("kind", "needs one renewal-mode installed base with one unit per system at the stock point's site");
        if (context.Settings["sources"] is not System.Text.Json.Nodes.JsonObject map) throw context.Error("sources", "must map both versions to a source");
        string at = context.Path + ".sources";
        var sources = part.Versions.Select(v => context.Source(v.Name, map, at)).ToArray();
        var supply = new double[2];
        for (int v = 0; v < 2; v++)
        {
            string name = context.SourceNames[sources[v]];
            var source = network.Sources.FirstOrDefault(s => s.Name == name);
            if (source is null || source.Kind == SourceKind.Printer)
                throw context.Error(part.Versions[v].Name, "must be a supplier or repair shop (the model's sources have independent lead times)", at);
            supply[v] = 1 / source.LeadTime.Mean;
        }
        var b = bases[0];
        double saving = b.SavingPerInstalledUnit?[1] ?? 0;
        try
        {
            var instance = new DualSourcingInstance(b.Systems, 1 / b.Lifetimes[0].Mean, supply[0], part.Versions[0].Price,
                1 / b.Lifetimes[1].Mean, supply[1], part.Versions[1].Price, b.DowntimeCost, b.CostPerFailure, point.HoldingRate, saving);
            return (instance, sources);
        }
        catch (ArgumentException e)
        {
            throw new NetworkModelException(context.Path, $"not a valid dual-sourcing instance: {e.Message.Split(" (Parameter", 2)[0]}");
        }
    }
}
