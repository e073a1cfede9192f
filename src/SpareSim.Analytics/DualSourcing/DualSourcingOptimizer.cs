using System.Collections.Concurrent;

namespace SpareSim.Analytics.DualSourcing;

/// <summary>
/// Optimal dual sourcing with the greedy base-stock search of §3.5: solve S = 0, 1, … and stop at
/// the first S with C*(S) &lt; C*(S+1) (Conjecture 1: C* is unimodal), or, with a warm start that
/// knows a neighbouring instance's S*, the same local search started there. Keeps the state spaces of the
/// (k, S) pairs seen (they depend on nothing else), and warm-starts policy iteration from the best
/// policy known for the same (k, S) — a neighbouring instance solved before — or else from the
/// optimum at S−1 lifted by one stock unit. Safe for concurrent use; the warm start a caller passes
/// is its own, so results do not depend on thread scheduling.
/// </summary>
public sealed class DualSourcingOptimizer
{
    private readonly ConcurrentDictionary<(int K, int S), Lazy<DualSourcingStateSpace>> _spaces = new();

    // Relative cost decrease below which, with free holding, the search is on the flat tail of a
    // cost that keeps decreasing towards its infimum: round-off, not a real optimum.
    private const double FlatTail = 1e-12;

    /// <summary>An optimizer refusing state spaces larger than <paramref name="maxStates"/> (other limits: defaults).</summary>
    public DualSourcingOptimizer(long maxStates = DualSourcingStateSpace.DefaultMaxStates) : this(SolverLimits.Default with { MaxStates = maxStates }) { }

    /// <summary>An optimizer working within <paramref name="limits"/>.</summary>
    public DualSourcingOptimizer(SolverLimits limits)
    {
        ArgumentNullException.ThrowIfNull(limits);
        ArgumentOutOfRangeException.ThrowIfLessThan(limits.MaxStates, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(limits.MaxMemoryBytes, 1);
        if (!(limits.MaxSeconds > 0)) throw new ArgumentOutOfRangeException(nameof(limits), limits.MaxSeconds, "the time limit must be > 0 seconds");
        Limits = limits;
    }

    /// <summary>The limits of every solve.</summary>
    public SolverLimits Limits { get; }

    /// <summary>The (cached) state space of (k, S); throws <see cref="SolverLimitException"/> beyond the limits.</summary>
    public DualSourcingStateSpace Space(int installedBase, int baseStock)
    {
        Limits.Check(installedBase, baseStock);
        return _spaces.GetOrAdd((installedBase, baseStock), key => new Lazy<DualSourcingStateSpace>(() => new DualSourcingStateSpace(key.K, key.S, Limits.MaxStates))).Value;
    }

    /// <summary>
    /// Optimal base stock and policy. <paramref name="warmStart"/>, if given, supplies starting
    /// policies per base stock and receives the optimal ones found here; when it holds the optimal
    /// base stock of an earlier instance with the same k (and holding is not free), the search
    /// starts there instead of at S = 0 (<see cref="SearchFrom"/>). Throws
    /// <see cref="UnboundedOptimumException"/> when the cost keeps decreasing with the stock and
    /// <see cref="SolverLimitException"/> when the search would exceed <see cref="Limits"/>.
    /// </summary>
    public DualSourcingOptimum Optimize(DualSourcingInstance instance, PolicyWarmStart? warmStart = null, int maxBaseStock = 200)
    {
        ArgumentNullException.ThrowIfNull(instance);
        long deadline = DualSourcingSolver.Deadline(Limits);
        int? hint = instance.HoldingRate > 0 ? warmStart?.BaseStock(instance.InstalledBase) : null;
        var optimum = hint is int from && from > 0 && from < maxBaseStock
            ? SearchFrom(instance, Math.Min(from, maxBaseStock - 1), warmStart, maxBaseStock, deadline)
            : SearchUp(instance, warmStart, maxBaseStock, deadline);
        warmStart?.SetBaseStock(instance.InstalledBase, optimum.BaseStock);
        return optimum;
    }

    // The greedy search of §3.5 from S = 0: the first S with C*(S) < C*(S+1). Each base stock is
    // solved with the previous cost as cutoff, so the last one (S* + 1) usually stops at a bound.
    private DualSourcingOptimum SearchUp(DualSourcingInstance instance, PolicyWarmStart? warmStart, int maxBaseStock, long deadline)
    {
        var search = new BaseStockSearch(this, instance, warmStart, deadline);
        DualSourcingSolution? previous = null;
        for (int s = 0; s <= maxBaseStock; s++)
        {
            if (previous is not null && search.Above(s, previous.TotalCost, strictly: true))
                return search.Optimum(s - 1);
            var solution = search.Exact(s);
            if (previous is not null && instance.HoldingRate == 0 && previous.TotalCost - solution.TotalCost <= FlatTail * Math.Abs(solution.TotalCost))
                throw Unbounded(instance, s, solution.TotalCost);
            previous = solution;
        }
        throw Unbounded(instance, maxBaseStock, previous!.TotalCost);
    }

    /// <summary>
    /// The base-stock search started at <paramref name="from"/> (a neighbouring instance's S*):
    /// C*(from) and whether C*(from+1) is higher; if so, walk down while C*(S−1) &lt; C*(S), else
    /// walk up to the first increase. Where C* is unimodal (Conjecture 1, on which the greedy
    /// search rests too) this is the greedy S*, in 3–4 solves instead of S* + 2, about half of them
    /// cut short by a bound (107 of 226 on 64 k = 30 instances).
    /// </summary>
    private DualSourcingOptimum SearchFrom(DualSourcingInstance instance, int from, PolicyWarmStart? warmStart, int maxBaseStock, long deadline)
    {
        var search = new BaseStockSearch(this, instance, warmStart, deadline);
        int best;
        if (search.Above(from + 1, search.Exact(from).TotalCost, strictly: true))
        {
            best = from;
            while (best > 0 && !search.Above(best - 1, search.Exact(best).TotalCost, strictly: false)) best--;
        }
        else
        {
            best = from + 1;
            while (!search.Above(best + 1, search.Exact(best).TotalCost, strictly: true))
                if (++best >= maxBaseStock) throw Unbounded(instance, maxBaseStock, search.Exact(best).TotalCost);
        }
        return search.Optimum(best);
    }

    // The base stocks one search has solved, exactly or up to a bound above its cutoff.
    private sealed class BaseStockSearch(DualSourcingOptimizer optimizer, DualSourcingInstance instance, PolicyWarmStart? warmStart, long deadline)
    {
        private readonly Dictionary<int, BaseStockSolve> _solved = new();

        // C*(s), solved to the end if not yet.
        public DualSourcingSolution Exact(int s) =>
            _solved.TryGetValue(s, out var x) && x.Solution is { } known ? known : Solve(s, double.PositiveInfinity).Solution!;

        // Whether C*(s) > cutoff (strictly) or ≥ cutoff: by a Bellman bound where one shows it,
        // else by the exact solve (same decision as comparing exact costs).
        public bool Above(int s, double cutoff, bool strictly)
        {
            var x = _solved.TryGetValue(s, out var known) && (known.Exact || known.LowerBound > cutoff) ? known : Solve(s, cutoff);
            if (!x.Exact) return true;
            return strictly ? x.LowerBound > cutoff : x.LowerBound >= cutoff;
        }

        public DualSourcingOptimum Optimum(int best)
        {
            var costs = new double[_solved.Keys.Max() + 1];
            var bounded = new List<int>();
            Array.Fill(costs, double.NaN);
            foreach (var (s, x) in _solved)
            {
                costs[s] = x.LowerBound;
                if (!x.Exact) bounded.Add(s);
            }
            bounded.Sort();
            return new DualSourcingOptimum(Exact(best), costs) { BoundedBaseStocks = bounded };
        }

        private BaseStockSolve Solve(int s, double cutoff)
        {
            var space = optimizer.Space(instance.InstalledBase, s);
            var start = _solved.GetValueOrDefault(s)?.Actions ?? warmStart?.Get(space)
                ?? (_solved.GetValueOrDefault(s - 1) is { } lower ? Lift(lower.Space, lower.Actions, space) : null);
            var x = DualSourcingSolver.SolveUnlessAbove(instance, space, start, optimizer.Limits, deadline, cutoff);
            warmStart?.Set(space, x.Actions);
            return _solved[s] = x;
        }
    }

    private static UnboundedOptimumException Unbounded(DualSourcingInstance instance, int baseStock, double cost) =>
        new(instance.HoldingRate == 0
            ? $"no finite optimal base stock: with holding rate 0 the cost keeps decreasing with the stock towards {cost:R} (reached at S = {baseStock} to round-off); give a holding rate > 0 or fix the base stock"
            : $"no optimal base stock up to S = {baseStock}: the cost ({cost:R} there) is still not increasing");

    /// <summary>
    /// A starting policy for S from the optimum at S−1: a state with stock takes the action of the
    /// same state with one unit less in stock; a state without stock the action of the state with
    /// one part less in the pipeline (same backlog). Decisions depend mostly on the net inventory,
    /// which this keeps.
    /// </summary>
    private static DualSourcingAction[] Lift(DualSourcingStateSpace from, DualSourcingAction[] lowerActions, DualSourcingStateSpace space)
    {
        var actions = new DualSourcingAction[space.Count];
        for (int i = 0; i < space.Count; i++)
        {
            var s = space[i];
            DualSourcingState t;
            if (s.Stock > 0)
                t = s.StockCm >= s.StockAm ? s with { StockCm = s.StockCm - 1 } : s with { StockAm = s.StockAm - 1 };
            else
                t = s.PipelineCm >= s.PipelineAm ? s with { PipelineCm = s.PipelineCm - 1 } : s with { PipelineAm = s.PipelineAm - 1 };
            actions[i] = from.TryIndexOf(t, out int j) ? lowerActions[j] : DualSourcingAction.InstallCmOrderCm;
        }
        return actions;
    }
}
