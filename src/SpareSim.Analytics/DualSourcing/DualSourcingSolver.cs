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

    // Relative margin an alternative action must beat the current one by. The relative values come
    // from solves at relative residual 1e-12; a smaller margin would chase round-off.
    private const double ImprovementMargin = 1e-9;

    /// <summary>
    /// Solves the instance at the base stock of <paramref name="space"/>, starting from
    /// <paramref name="initial"/> (default: install CM; order CM while there is stock, AM otherwise).
    /// </summary>
    public static DualSourcingSolution Solve(DualSourcingInstance instance, DualSourcingStateSpace space, IReadOnlyList<DualSourcingAction>? initial = null)
    {
        ArgumentNullException.ThrowIfNull(instance);
        ArgumentNullException.ThrowIfNull(space);
        if (space.InstalledBase != instance.InstalledBase)
            throw new ArgumentException($"state space is for k = {space.InstalledBase}, the instance has k = {instance.InstalledBase}", nameof(space));
        int n = space.Count;
        if (initial is not null && initial.Count != n) throw new ArgumentException($"initial policy has {initial.Count} actions for {n} states", nameof(initial));
        var chain = new DualSourcingChain(instance, space);
        var actions = new DualSourcingAction[n];
        for (int i = 0; i < n; i++) actions[i] = space.Canonical(i, initial?[i] ?? DefaultAction(space[i]));
        var u = new double[n];
        var w = new double[n];
        var h = new double[n];
        // Start pinning the all-CM state with full stock: the most likely state under the default policy.
        space.TryIndexOf(new DualSourcingState(space.InstalledBase, 0, 0, 0, space.BaseStock, 0), out int reference);
        for (int iteration = 1; iteration <= MaxIterations; iteration++)
        {
            double gain = chain.Evaluate(actions, u, w, h, ref reference);
            bool improved = Improve(chain, actions, h);
            if (improved)
            {
                var classes = chain.RecurrentClasses(actions);
                if (classes.Count > 1) UnichainRepair.Apply(chain, actions, classes);
            }
            else
            {
                return new DualSourcingSolution(chain, actions, gain, reference, iteration);
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

    private static bool Improve(DualSourcingChain chain, DualSourcingAction[] actions, double[] h)
    {
        var space = chain.Space;
        double scale = 0;
        foreach (double v in h) scale = Math.Max(scale, Math.Abs(v));
        bool changed = false;
        for (int i = 0; i < space.Count; i++)
        {
            double rate = chain.FailureRate(i);
            if (rate == 0) continue;
            var current = actions[i];
            double best = chain.FailureTerm(i, current, h);
            double margin = ImprovementMargin * rate * scale;
            var bestAction = current;
            foreach (var candidate in Candidates(space, i))
            {
                if (candidate == current) continue;
                double value = chain.FailureTerm(i, candidate, h);
                if (value < best - margin) { best = value; bestAction = candidate; }
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
