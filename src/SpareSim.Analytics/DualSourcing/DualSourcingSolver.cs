using System.Diagnostics;

namespace SpareSim.Analytics.DualSourcing;

/// <summary>
/// Exact solution of the dual-sourcing MDP at a fixed base stock by policy iteration (Howard) for
/// the average-cost criterion on the CTMC. The decision only changes which successor a failure
/// leads to, so the improvement step compares Σ_failures rate·h(successor) over the (up to four)
/// distinct actions; an action is replaced only on a strict improvement, which makes the iteration
/// terminate at an optimal policy.
/// </summary>
public static class DualSourcingSolver
{
    private const int MaxIterations = 200;

    // Relative margin an alternative action must beat the current one by, relative to what its
    // failure term was computed from (Σ rate·(u + G′w) at the successors, see
    // DualSourcingChain.FailureTermMagnitude): per state, not scaled by the largest value in the
    // chain, so a state whose values are 1e10 does not blind the comparison in a state whose
    // values are 10. The GTH solves give u and w to a few ulps componentwise; 1e-11 leaves a
    // factor of ~100 above that, so round-off is never chased.
    private const double ImprovementMargin = 1e-11;

    // Margin after an iterative solve (relative residual 1e-10): relative to the largest |h|.
    private const double IterativeMargin = 1e-9;

    // A suboptimality bound above this fraction of the cost is reported as limited precision.
    private const double PrecisionTarget = 1e-9;

    /// <summary>
    /// Solves the instance at the base stock of <paramref name="space"/>, starting from
    /// <paramref name="initial"/> (default: install CM; order CM while there is stock, AM otherwise).
    /// </summary>
    public static DualSourcingSolution Solve(DualSourcingInstance instance, DualSourcingStateSpace space, IReadOnlyList<DualSourcingAction>? initial = null) =>
        Solve(instance, space, initial, SolverLimits.Default);

    /// <summary>As <see cref="Solve(DualSourcingInstance, DualSourcingStateSpace, IReadOnlyList{DualSourcingAction}?)"/>, within <paramref name="limits"/>.</summary>
    public static DualSourcingSolution Solve(DualSourcingInstance instance, DualSourcingStateSpace space, IReadOnlyList<DualSourcingAction>? initial, SolverLimits limits) =>
        Solve(instance, space, initial, limits, Deadline(limits));

    internal static long Deadline(SolverLimits limits) =>
        Stopwatch.GetTimestamp() + (long)Math.Min(limits.MaxSeconds * Stopwatch.Frequency, long.MaxValue / 4);

    internal static DualSourcingSolution Solve(DualSourcingInstance instance, DualSourcingStateSpace space, IReadOnlyList<DualSourcingAction>? initial, SolverLimits limits, long deadline) =>
        SolveUnlessAbove(instance, space, initial, limits, deadline, double.PositiveInfinity).Solution!;

    /// <summary>
    /// Policy iteration that stops as soon as a Bellman lower bound on the optimal cost at this base
    /// stock exceeds <paramref name="cutoff"/>: for any h, C* ≥ min_i min_a [g(i) + Σ_j q_ij(a)
    /// (h_j − h_i)] + d. The base-stock search only needs to know that a neighbour of the optimum
    /// is worse, not by how much; the bound after the first evaluation usually shows it.
    /// </summary>
    internal static BaseStockSolve SolveUnlessAbove(DualSourcingInstance instance, DualSourcingStateSpace space, IReadOnlyList<DualSourcingAction>? initial, SolverLimits limits, long deadline,
        double cutoff)
    {
        ArgumentNullException.ThrowIfNull(instance);
        ArgumentNullException.ThrowIfNull(space);
        ArgumentNullException.ThrowIfNull(limits);
        if (space.InstalledBase != instance.InstalledBase)
            throw new ArgumentException($"state space is for k = {space.InstalledBase}, the instance has k = {instance.InstalledBase}", nameof(space));
        int n = space.Count;
        if (initial is not null && initial.Count != n) throw new ArgumentException($"initial policy has {initial.Count} actions for {n} states", nameof(initial));
        limits.Check(space.InstalledBase, space.BaseStock);
        var chain = new DualSourcingChain(instance, space, limits, deadline);
        var actions = new DualSourcingAction[n];
        for (int i = 0; i < n; i++) actions[i] = space.Canonical(i, initial?[i] ?? DefaultAction(space[i]));
        var u = new double[n];
        var w = new double[n];
        var h = new double[n];
        // Start pinning the all-CM state with full stock: the most likely state under the default policy.
        space.TryIndexOf(new DualSourcingState(space.InstalledBase, 0, 0, 0, space.BaseStock, 0), out int reference);
        for (int iteration = 1; iteration <= MaxIterations; iteration++)
        {
            if (Stopwatch.GetTimestamp() > deadline)
                throw new SolverLimitException($"the dual-sourcing solve for k = {space.InstalledBase}, S = {space.BaseStock} ran out of its time limit of {limits.MaxSeconds:g} s after {iteration - 1} policy-iteration steps");
            double gain = chain.Evaluate(actions, u, w, h, ref reference, out double shiftedGain);
            if (double.IsFinite(cutoff))
            {
                double bound = chain.LowerBound(h) + instance.DesignCostAm;
                if (bound > cutoff)
                {
                    chain.Release();
                    return new BaseStockSolve(space, actions, null, bound);
                }
            }
            bool improved = Improve(chain, actions, u, w, h, shiftedGain, out double unresolved);
            if (!improved && !chain.LastSolveDirect && unresolved > PrecisionTarget * Math.Abs(gain + instance.DesignCostAm))
            {
                // The iterative values resolve improvements only to 1e-9 of the largest |h|; where
                // that leaves more than the precision target open (rare states with large values),
                // the policy is settled with the componentwise accurate direct solves.
                chain.DirectOnly = true;
                continue;
            }
            if (improved)
            {
                var classes = chain.RecurrentClasses(actions);
                if (classes.Count > 1) UnichainRepair.Apply(chain, actions, classes);
            }
            else
            {
                // The stationary distribution is computed when first asked for: the base-stock
                // search needs only the gain of the base stocks it passes through.
                int pinned = reference;
                double[] Stationary()
                {
                    var p = chain.StationaryDistribution(actions, pinned);
                    chain.Release();
                    return p;
                }
                chain.Release();
                double total = gain + instance.DesignCostAm;
                string? precision = unresolved > PrecisionTarget * Math.Abs(total)
                    ? $"precision limited: the cost is within {unresolved:g3} of the optimum ({unresolved / Math.Abs(total):g2} relative), the values differ by more than double precision resolves"
                    : null;
                var solution = new DualSourcingSolution(chain, actions, gain, Stationary, iteration, unresolved, precision);
                return new BaseStockSolve(space, actions, solution, solution.TotalCost);
            }
        }
        throw new InvalidOperationException($"policy iteration did not converge in {MaxIterations} steps (k = {space.InstalledBase}, S = {space.BaseStock})");
    }

    // The emergency-sourcing rule the optimum usually resembles (§4.2): install CM first, order CM
    // while there is stock, AM when the stock is empty. Starting policy iteration from a
    // well-mixing policy keeps it away from nearly decomposable intermediate policies, whose
    // evaluation is ill-conditioned.
    private static DualSourcingAction DefaultAction(DualSourcingState s) =>
        s.Stock > 0 ? DualSourcingAction.InstallCmOrderCm : DualSourcingAction.InstallCmOrderAm;

    // Howard's improvement with a per-state margin. <paramref name="unresolved"/> receives the
    // largest improvement left within the margin: G − G* ≤ max_i (current − best) over states,
    // so it bounds how far the returned policy can be from optimal.
    private static bool Improve(DualSourcingChain chain, DualSourcingAction[] actions, double[] u, double[] w, double[] h, double shiftedGain, out double unresolved)
    {
        var space = chain.Space;
        bool changed = false;
        unresolved = 0;
        // After an iterative solve h is accurate relative to its largest value only: the margin is
        // the old global one. After the direct solve it is per state.
        double scale = 0;
        if (!chain.LastSolveDirect) foreach (double v in h) scale = Math.Max(scale, Math.Abs(v));
        for (int i = 0; i < space.Count; i++)
        {
            if (chain.FailureRate(i) == 0) continue;
            var current = actions[i];
            double currentValue = chain.FailureTerm(i, current, h);
            double currentMagnitude = chain.FailureTermMagnitude(i, current, u, w, shiftedGain);
            double best = currentValue;
            var bestAction = current;
            foreach (var candidate in Candidates(space, i))
            {
                if (candidate == current) continue;
                double value = chain.FailureTerm(i, candidate, h);
                if (value >= currentValue) continue;
                double margin = chain.LastSolveDirect
                    ? ImprovementMargin * (currentMagnitude + chain.FailureTermMagnitude(i, candidate, u, w, shiftedGain))
                    : IterativeMargin * chain.FailureRate(i) * scale;
                if (value < currentValue - margin) { if (value < best) { best = value; bestAction = candidate; } }
                else unresolved = Math.Max(unresolved, currentValue - value);
            }
            if (bestAction != current) { actions[i] = bestAction; changed = true; }
        }
        return changed;
    }

    private static readonly DualSourcingAction[] AllActions =
        [DualSourcingAction.InstallAmOrderAm, DualSourcingAction.InstallCmOrderAm, DualSourcingAction.InstallAmOrderCm, DualSourcingAction.InstallCmOrderCm];

    private static IEnumerable<DualSourcingAction> Candidates(DualSourcingStateSpace space, int i)
    {
        if (space.InstallChoiceMatters(i)) return AllActions;
        var orderAm = space.Canonical(i, DualSourcingAction.InstallCmOrderAm);
        var orderCm = space.Canonical(i, DualSourcingAction.InstallCmOrderCm);
        return [orderAm, orderCm];
    }
}
