using System.Collections.Concurrent;

namespace SpareSim.Analytics.DualSourcing;

/// <summary>
/// Optimal dual sourcing with the greedy base-stock search of §3.5: solve S = 0, 1, … and stop at
/// the first S with C*(S) &lt; C*(S+1) (Conjecture 1: C* is unimodal). Keeps the state spaces of the
/// (k, S) pairs seen (they depend on nothing else), and warm-starts policy iteration from the best
/// policy known for the same (k, S) — a neighbouring instance solved before — or else from the
/// optimum at S−1 lifted by one stock unit. Safe for concurrent use; the warm start a caller passes
/// is its own, so results do not depend on thread scheduling.
/// </summary>
public sealed class DualSourcingOptimizer
{
    private readonly ConcurrentDictionary<(int K, int S), Lazy<DualSourcingStateSpace>> _spaces = new();
    private readonly long _maxStates;

    /// <summary>An optimizer refusing state spaces larger than <paramref name="maxStates"/>.</summary>
    public DualSourcingOptimizer(long maxStates = DualSourcingStateSpace.DefaultMaxStates)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxStates, 1);
        _maxStates = maxStates;
    }

    /// <summary>The (cached) state space of (k, S).</summary>
    public DualSourcingStateSpace Space(int installedBase, int baseStock)
    {
        DualSourcingStateSpace.EnsureWithinLimit(installedBase, baseStock, _maxStates);
        return _spaces.GetOrAdd((installedBase, baseStock), key => new Lazy<DualSourcingStateSpace>(() => new DualSourcingStateSpace(key.K, key.S, _maxStates))).Value;
    }

    /// <summary>
    /// Optimal base stock and policy. <paramref name="warmStart"/>, if given, supplies starting
    /// policies per base stock and receives the optimal ones found here.
    /// </summary>
    public DualSourcingOptimum Optimize(DualSourcingInstance instance, PolicyWarmStart? warmStart = null, int maxBaseStock = 200)
    {
        ArgumentNullException.ThrowIfNull(instance);
        var costs = new List<double>();
        DualSourcingSolution? previous = null;
        for (int s = 0; s <= maxBaseStock; s++)
        {
            var space = Space(instance.InstalledBase, s);
            var start = warmStart?.Get(space) ?? (previous is null ? null : Lift(previous, space));
            var solution = DualSourcingSolver.Solve(instance, space, start);
            warmStart?.Set(space, solution.Actions);
            costs.Add(solution.TotalCost);
            if (previous is not null && previous.TotalCost < solution.TotalCost)
                return new DualSourcingOptimum(previous, costs);
            previous = solution;
        }
        throw new InvalidOperationException($"no optimal base stock found up to {maxBaseStock}");
    }

    /// <summary>
    /// A starting policy for S from the optimum at S−1: a state with stock takes the action of the
    /// same state with one unit less in stock; a state without stock the action of the state with
    /// one part less in the pipeline (same backlog). Decisions depend mostly on the net inventory,
    /// which this keeps.
    /// </summary>
    private static DualSourcingAction[] Lift(DualSourcingSolution lower, DualSourcingStateSpace space)
    {
        var from = lower.Space;
        var actions = new DualSourcingAction[space.Count];
        for (int i = 0; i < space.Count; i++)
        {
            var s = space[i];
            DualSourcingState t;
            if (s.Stock > 0)
                t = s.StockCm >= s.StockAm ? s with { StockCm = s.StockCm - 1 } : s with { StockAm = s.StockAm - 1 };
            else
                t = s.PipelineCm >= s.PipelineAm ? s with { PipelineCm = s.PipelineCm - 1 } : s with { PipelineAm = s.PipelineAm - 1 };
            actions[i] = from.TryIndexOf(t, out int j) ? lower.Actions[j] : DualSourcingAction.InstallCmOrderCm;
        }
        return actions;
    }
}
