using SpareSim.Analytics.Common;

namespace SpareSim.Analytics.DualSourcing;

/// <summary>
/// The CTMC of one instance on its state space under a given policy: builds the generator with a
/// reference state pinned, solves for the gain and relative values (policy evaluation), and for
/// the stationary distribution. The reference state is taken in the policy's recurrent class, so
/// the pinned system is a nonsingular M-matrix; ILU(0)-preconditioned BiCGSTAB solves it.
/// </summary>
internal sealed class DualSourcingChain
{
    // Relative residual of every linear solve. The gain is a ratio of two linear functionals of the
    // solutions and comes out with a relative error of about this size times a modest condition
    // factor (checked against the LP to 1e-8 in the tests); 1e-12 is below the round-off floor of
    // the larger instances (k = 30), where the residual stagnates near 1e-12.
    private const double SolveTolerance = 1e-10;

    private readonly DualSourcingStateSpace _space;
    private readonly double[] _rateFailCm, _rateFailAm, _rateArriveCm, _rateArriveAm, _cost;
    // Converging solves take 10-30 iterations; one that has not converged in two restart cycles is
    // at a round-off floor, and the direct fallback is cheaper than more cycles.
    private readonly GmresSolver _solver = new(SolveTolerance, restart: 40, maxIterations: 80);

    public DualSourcingChain(DualSourcingInstance instance, DualSourcingStateSpace space)
    {
        Instance = instance;
        _space = space;
        int n = space.Count;
        _rateFailCm = new double[n]; _rateFailAm = new double[n]; _rateArriveCm = new double[n]; _rateArriveAm = new double[n];
        _cost = new double[n];
        for (int i = 0; i < n; i++)
        {
            var s = space[i];
            _rateFailCm[i] = instance.FailureRateCm * s.InstalledCm;
            _rateFailAm[i] = instance.FailureRateAm * s.InstalledAm;
            _rateArriveCm[i] = instance.SupplyRateCm * s.PipelineCm;
            _rateArriveAm[i] = instance.SupplyRateAm * s.PipelineAm;
            _cost[i] = Components(i).Total;
        }
    }

    public DualSourcingInstance Instance { get; }

    // Residual of the last evaluation solve that fell short, for error messages.
    private double LastResidual { get; set; }

    public DualSourcingStateSpace Space => _space;

    /// <summary>Cost rate g(i) by component, without the constant design cost.</summary>
    public SourcingCost Components(int i)
    {
        var s = _space[i];
        var x = Instance;
        return new SourcingCost(
            Purchase: x.SupplyRateCm * x.PriceCm * s.PipelineCm + x.SupplyRateAm * x.PriceAm * s.PipelineAm,
            Maintenance: x.MaintenanceCost * (x.FailureRateCm * s.InstalledCm + x.FailureRateAm * s.InstalledAm),
            Holding: x.HoldingRate * (x.PriceCm * s.StockCm + x.PriceAm * s.StockAm),
            Backorder: x.BackorderCost * (_space.InstalledBase - s.Installed),
            OperationalSavings: x.OperationalSavingAm * s.InstalledAm,
            Design: 0);
    }

    /// <summary>
    /// Gain G (long-run average cost rate, without design cost) and relative values h (h = 0 at the
    /// reference state) of <paramref name="actions"/>. <paramref name="u"/> and <paramref name="w"/>
    /// are warm starts that are overwritten: h = u − G w with A u = g, A w = 1.
    /// <paramref name="reference"/> is a hint for the pinned state, replaced by a recurrent state
    /// when it is not one, and by the most likely state when it is rare: pinning a rare state makes
    /// the system nearly singular (mean passage times to it dwarf everything else).
    /// </summary>
    public double Evaluate(DualSourcingAction[] actions, double[] u, double[] w, double[] h, ref int reference)
    {
        var closed = RecurrentClass(actions);
        if (reference < 0 || !closed[reference]) reference = Array.IndexOf(closed, true);
        if (!TryEvaluate(actions, reference, u, w, h, out double gain) || 1 / ProbabilityReturnFactor(actions, reference, w) < RareReference)
        {
            var p = StationaryDistribution(actions, reference, requireConvergence: false);
            int best = reference;
            for (int i = 0; i < p.Length; i++) if (closed[i] && p[i] > p[best]) best = i;
            reference = best;
            if (!TryEvaluate(actions, reference, u, w, h, out gain))
                throw new InvalidOperationException($"policy evaluation did not converge (k = {_space.InstalledBase}, S = {_space.BaseStock}, reference {_space[reference]}, relative residual {LastResidual:g3})");
        }
        return gain;
    }

    /// <summary>The stationary distribution of <paramref name="actions"/> (zero on transient states).</summary>
    public double[] StationaryDistribution(DualSourcingAction[] actions, int reference, bool requireConvergence = true, bool[]? within = null)
    {
        var system = new PinnedSystem(PinnedMatrix(actions, reference, within).Transpose(), _solver, allowDirect: requireConvergence);
        int n = _space.Count;
        var rhs = new double[n];
        // Balance of state j ≠ ref: Λ_j p_j − Σ_{i≠ref} q_ij p_i = q_ref,j p_ref, with p_ref = 1.
        ForEachTransition(reference, actions[reference], (j, rate) => rhs[j] += rate);
        rhs[reference] = 1;
        var p = new double[n];
        p[reference] = 1;
        if (!system.TrySolve(rhs, p) && requireConvergence)
            throw new InvalidOperationException($"stationary distribution did not converge (k = {_space.InstalledBase}, S = {_space.BaseStock}, relative residual {system.LastResidual:g3})");
        double total = 0;
        for (int i = 0; i < n; i++) { if (p[i] < 0 || (within is not null && !within[i])) p[i] = 0; total += p[i]; }
        for (int i = 0; i < n; i++) p[i] /= total;
        return p;
    }

    // Below this stationary probability a reference state is replaced by the most likely one.
    private const double RareReference = 0.01;

    /// <summary>Gain of a closed class of a (multichain) policy, evaluated on that class alone.</summary>
    public double ClassGain(DualSourcingAction[] actions, bool[] member)
    {
        // Pin a state, find the most likely one from a rough solve, pin that one and solve properly.
        var rough = StationaryDistribution(actions, Array.IndexOf(member, true), requireConvergence: false, member);
        int reference = Array.IndexOf(member, true);
        for (int i = 0; i < rough.Length; i++) if (member[i] && rough[i] > rough[reference]) reference = i;
        var p = StationaryDistribution(actions, reference, requireConvergence: true, member);
        double gain = 0;
        for (int i = 0; i < p.Length; i++) if (member[i]) gain += p[i] * _cost[i];
        return gain;
    }

    private bool TryEvaluate(DualSourcingAction[] actions, int reference, double[] u, double[] w, double[] h, out double gain, bool[]? within = null)
    {
        gain = double.NaN;
        var system = new PinnedSystem(PinnedMatrix(actions, reference, within), _solver);
        int n = _space.Count;
        var rhs = new double[n];
        for (int i = 0; i < n; i++) rhs[i] = within is null || within[i] ? _cost[i] : 0;
        rhs[reference] = 0;
        if (!system.TrySolve(rhs, u)) { LastResidual = system.LastResidual; return false; }
        for (int i = 0; i < n; i++) rhs[i] = within is null || within[i] ? 1 : 0;
        rhs[reference] = 0;
        if (!system.TrySolve(rhs, w)) { LastResidual = system.LastResidual; return false; }
        // The reference row of the Poisson equation closes the system:
        // g_ref − G + Σ_j q_ref,j (u_j − G w_j) = 0.
        double num = _cost[reference];
        ForEachTransition(reference, actions[reference], (j, rate) => num += rate * u[j]);
        gain = num / ProbabilityReturnFactor(actions, reference, w);
        for (int i = 0; i < n; i++) h[i] = u[i] - gain * w[i];
        return true;
    }

    // 1 + Σ_j q_ref,j w_j = Λ_ref · (mean return time to ref) = 1 / p_ref (Kac).
    private double ProbabilityReturnFactor(DualSourcingAction[] actions, int reference, double[] w)
    {
        double den = 1;
        ForEachTransition(reference, actions[reference], (j, rate) => den += rate * w[j]);
        return den;
    }

    /// <summary>Expected cost by component under the distribution <paramref name="p"/>, plus the design cost.</summary>
    public SourcingCost Expectation(double[] p)
    {
        double purchase = 0, maintenance = 0, holding = 0, backorder = 0, savings = 0;
        for (int i = 0; i < p.Length; i++)
        {
            if (p[i] == 0) continue;
            var c = Components(i);
            purchase += p[i] * c.Purchase;
            maintenance += p[i] * c.Maintenance;
            holding += p[i] * c.Holding;
            backorder += p[i] * c.Backorder;
            savings += p[i] * c.OperationalSavings;
        }
        return new SourcingCost(purchase, maintenance, holding, backorder, savings, Instance.DesignCostAm);
    }

    /// <summary>Expected failure-driven term Σ_failures rate · h(successor) of action <paramref name="action"/> in state i.</summary>
    public double FailureTerm(int i, DualSourcingAction action, double[] h)
    {
        double v = 0;
        if (_rateFailCm[i] > 0) v += _rateFailCm[i] * h[_space.AfterCmFailure(i, action)];
        if (_rateFailAm[i] > 0) v += _rateFailAm[i] * h[_space.AfterAmFailure(i, action)];
        return v;
    }

    public double FailureRate(int i) => _rateFailCm[i] + _rateFailAm[i];

    private void ForEachTransition(int i, DualSourcingAction action, Action<int, double> visit)
    {
        if (_rateFailCm[i] > 0) visit(_space.AfterCmFailure(i, action), _rateFailCm[i]);
        if (_rateFailAm[i] > 0) visit(_space.AfterAmFailure(i, action), _rateFailAm[i]);
        if (_rateArriveCm[i] > 0) visit(_space.AfterCmArrival(i), _rateArriveCm[i]);
        if (_rateArriveAm[i] > 0) visit(_space.AfterAmArrival(i), _rateArriveAm[i]);
    }

    // A = diag(Λ) − Q_offdiag with the reference row replaced by the unit row and the reference
    // column dropped (h_ref = 0). Transitions never stay within a level, so no two successors of a
    // state coincide and every row has at most 5 entries.
    // Rows outside <paramref name="within"/> (if given) are unit rows too: used to evaluate one
    // closed class of a multichain policy on its own.
    private SparseRowMatrix PinnedMatrix(DualSourcingAction[] actions, int reference, bool[]? within = null) =>
        SparseRowMatrix.Build(_space.Count, 5, (i, cols, vals) =>
        {
            if (i == reference || (within is not null && !within[i])) { cols[0] = i; vals[0] = 1; return 1; }
            int count = 0;
            double total = 0;
            var action = actions[i];
            void Add(int j, double rate, Span<int> c, Span<double> v)
            {
                total += rate;
                if (j == reference) return;
                c[count] = j; v[count] = -rate; count++;
            }
            if (_rateFailCm[i] > 0) Add(_space.AfterCmFailure(i, action), _rateFailCm[i], cols, vals);
            if (_rateFailAm[i] > 0) Add(_space.AfterAmFailure(i, action), _rateFailAm[i], cols, vals);
            if (_rateArriveCm[i] > 0) Add(_space.AfterCmArrival(i), _rateArriveCm[i], cols, vals);
            if (_rateArriveAm[i] > 0) Add(_space.AfterAmArrival(i), _rateArriveAm[i], cols, vals);
            cols[count] = i; vals[count] = total; count++;
            return count;
        });

    /// <summary>Membership of each recurrent (closed) class of the policy.</summary>
    public IReadOnlyList<bool[]> RecurrentClasses(DualSourcingAction[] actions)
    {
        var closed = TerminalComponents.Find(_space.Count, 4, (i, next) =>
        {
            int c = 0;
            ForEachSuccessor(i, actions[i], next, ref c);
            return c;
        }, out var component);
        var classes = new List<bool[]>();
        foreach (int label in closed)
        {
            var member = new bool[_space.Count];
            for (int i = 0; i < member.Length; i++) member[i] = component[i] == label;
            classes.Add(member);
        }
        return classes;
    }

    /// <summary>Writes the successors of state <paramref name="i"/> under <paramref name="action"/>; returns their number.</summary>
    public int Successors(int i, DualSourcingAction action, Span<int> next)
    {
        int c = 0;
        ForEachSuccessor(i, action, next, ref c);
        return c;
    }

    private bool[] RecurrentClass(DualSourcingAction[] actions)
    {
        var classes = RecurrentClasses(actions);
        if (classes.Count != 1)
            throw new InvalidOperationException($"the policy has {classes.Count} recurrent classes (k = {_space.InstalledBase}, S = {_space.BaseStock}); evaluation needs a unichain policy");
        return classes[0];
    }

    private void ForEachSuccessor(int i, DualSourcingAction action, Span<int> next, ref int c)
    {
        if (_rateFailCm[i] > 0) next[c++] = _space.AfterCmFailure(i, action);
        if (_rateFailAm[i] > 0) next[c++] = _space.AfterAmFailure(i, action);
        if (_rateArriveCm[i] > 0) next[c++] = _space.AfterCmArrival(i);
        if (_rateArriveAm[i] > 0) next[c++] = _space.AfterAmArrival(i);
    }
}
