using SpareSim.Analytics.Common;

namespace SpareSim.Analytics.DualSourcing;

/// <summary>
/// The CTMC of one instance on its state space under a given policy: builds the generator with a
/// reference state pinned, solves for the gain and relative values (policy evaluation), and for
/// the stationary distribution. The reference state is taken in the policy's recurrent class, so
/// the pinned system is a nonsingular M-matrix, diagonally dominant by rows with the rates into
/// the reference as slacks; the subtraction-free GTH elimination solves it to componentwise
/// relative accuracy, so states visited with probability 1e-12 and backorder costs of 1e10 are
/// as exact as the rest. One factorisation serves the relative values and the stationary
/// distribution (the transposed solve). Where the costs are well scaled (the Table 2 grid), the
/// evaluation first tries GMRES on the bordered system (h and the gain in one solve), an order of
/// magnitude faster; a stall falls back to GTH.
/// </summary>
internal sealed class DualSourcingChain
{
    private readonly DualSourcingStateSpace _space;
    private readonly double[] _rateFailCm, _rateFailAm, _rateArriveCm, _rateArriveAm, _cost;
    // Costs shifted to be ≥ 0 (operational savings can make them negative) so that every
    // right-hand side is nonnegative and the solves stay subtraction-free; the gain is shifted back.
    private readonly double[] _shiftedCost;
    private readonly double _shift;
    private readonly long _deadline;
    private readonly long _maxEntries;
    private GthProfileSolver? _factor;
    private int _factorReference = -1;
    // Iterative solves are tried only when the costs span less than this ratio: beyond it GMRES's
    // normwise accuracy no longer resolves the cheap states (b of 1e8 against costs of 10).
    private const double WellScaledRatio = 1e6;
    private readonly bool _wellScaled;
    // Converging solves take 10-30 iterations; one that has not converged in two restart cycles is
    // at a round-off floor, and the direct solve is cheaper than more cycles.
    private readonly GmresSolver _gmres = new(1e-10, restart: 60, maxIterations: 120);

    public DualSourcingChain(DualSourcingInstance instance, DualSourcingStateSpace space, SolverLimits limits, long deadline)
    {
        Instance = instance;
        _space = space;
        _deadline = deadline;
        _maxEntries = Math.Max(0, limits.MaxMemoryBytes - SolverLimits.BytesPerState * space.Count) / sizeof(double);
        int n = space.Count;
        _rateFailCm = new double[n]; _rateFailAm = new double[n]; _rateArriveCm = new double[n]; _rateArriveAm = new double[n];
        _cost = new double[n];
        double lowest = 0;
        for (int i = 0; i < n; i++)
        {
            var s = space[i];
            _rateFailCm[i] = instance.FailureRateCm * s.InstalledCm;
            _rateFailAm[i] = instance.FailureRateAm * s.InstalledAm;
            _rateArriveCm[i] = instance.SupplyRateCm * s.PipelineCm;
            _rateArriveAm[i] = instance.SupplyRateAm * s.PipelineAm;
            _cost[i] = Components(i).Total;
            lowest = Math.Min(lowest, _cost[i]);
        }
        _shift = -lowest;
        _shiftedCost = new double[n];
        double highest = 0;
        for (int i = 0; i < n; i++) { _shiftedCost[i] = _cost[i] + _shift; highest = Math.Max(highest, _shiftedCost[i]); }
        // Compared with the cost of the all-installed, full-stock CM state (the usual reference).
        _wellScaled = space.TryIndexOf(new DualSourcingState(space.InstalledBase, 0, 0, 0, space.BaseStock, 0), out int top)
            && highest <= WellScaledRatio * _shiftedCost[top];
    }

    public DualSourcingInstance Instance { get; }

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
    /// Gain G (long-run average cost rate, without design cost) and relative values h of
    /// <paramref name="actions"/> (h = 0 at the reference state). From the bordered GMRES solve
    /// when it converges (<see cref="LastSolveDirect"/> false; <paramref name="u"/> and
    /// <paramref name="w"/> are then left as they were); else by GTH as h = u − G′ w with A u = g′,
    /// A w = 1 for the shifted costs g′ ≥ 0 and their gain G′, <paramref name="u"/> and
    /// <paramref name="w"/> kept for error bounds of h (|u| + G′ w bounds what was cancelled).
    /// <paramref name="reference"/> is a hint for the pinned state, replaced by a recurrent state
    /// when it is not one, and after a GTH solve by the most likely state when it is rare: pinning a
    /// rare state makes u and G′w huge (mean passage times to it) and h their small difference (the
    /// bordered solve computes h directly and does not suffer from it).
    /// </summary>
    public double Evaluate(DualSourcingAction[] actions, double[] u, double[] w, double[] h, ref int reference, out double shiftedGain)
    {
        var closed = RecurrentClass(actions);
        if (reference < 0 || !closed[reference]) reference = Array.IndexOf(closed, true);
        shiftedGain = Solve(actions, reference, u, w, h);
        if (LastSolveDirect && 1 / ProbabilityReturnFactor(actions, reference, w) < RareReference)
        {
            var p = StationaryDistribution(actions, reference);
            int best = reference;
            for (int i = 0; i < p.Length; i++) if (closed[i] && p[i] > p[best]) best = i;
            reference = best;
            shiftedGain = Solve(actions, reference, u, w, h);
        }
        return shiftedGain - _shift;
    }

    /// <summary>
    /// The stationary distribution of <paramref name="actions"/> (zero on transient states and
    /// outside <paramref name="within"/>); reuses the factorisation of the last evaluation when it
    /// is for the same policy and reference.
    /// </summary>
    public double[] StationaryDistribution(DualSourcingAction[] actions, int reference, bool[]? within = null, bool reuse = true)
    {
        int n = _space.Count;
        var rhs = new double[n];
        // Balance of state j ≠ ref: Λ_j p_j − Σ_{i≠ref} q_ij p_i = q_ref,j p_ref, with p_ref = 1.
        ForEachTransition(reference, actions[reference], (j, rate) => rhs[j] += rate);
        rhs[reference] = 1;
        var p = new double[n];
        p[reference] = 1;
        bool iterative = within is null && !LastSolveDirect && TryIterativeTransposed(actions, reference, rhs, p);
        if (!iterative)
        {
            if (!reuse || within is not null || _factor is null || _factorReference != reference) Factor(actions, reference, within);
            _factor!.SolveTransposed(rhs, p);
            if (within is not null) _factor = null;
        }
        double total = 0;
        for (int i = 0; i < n; i++) { if (p[i] < 0 || (within is not null && !within[i])) p[i] = 0; total += p[i]; }
        for (int i = 0; i < n; i++) p[i] /= total;
        return p;
    }

    private bool TryIterativeTransposed(DualSourcingAction[] actions, int reference, double[] rhs, double[] p)
    {
        var matrix = PinnedMatrix(actions, reference, null).Matrix.Transpose();
        var trial = (double[])p.Clone();
        if (!_gmres.TrySolve(matrix, new IncompleteLuPreconditioner(matrix), rhs, trial, out _)) return false;
        trial.CopyTo(p, 0);
        return true;
    }

    /// <summary>Frees the factorisation (the chain keeps only per-state arrays afterwards).</summary>
    public void Release() { _factor = null; _bordered = null; }

    // Below this stationary probability a reference state is replaced by the most likely one.
    private const double RareReference = 0.01;

    /// <summary>Gain of a closed class of a (multichain) policy, evaluated on that class alone.</summary>
    public double ClassGain(DualSourcingAction[] actions, bool[] member)
    {
        var p = StationaryDistribution(actions, Array.IndexOf(member, true), member);
        double gain = 0;
        for (int i = 0; i < p.Length; i++) if (member[i]) gain += p[i] * _cost[i];
        return gain;
    }

    private double Solve(DualSourcingAction[] actions, int reference, double[] u, double[] w, double[] h)
    {
        // The bordered GMRES solve is tried for every policy, also after it failed for an earlier
        // one of this chain: a failure is usually one ill-conditioned intermediate policy.
        double gain = 0;
        bool iterative = _wellScaled && !DirectOnly && TryBordered(actions, reference, h, out gain);
        LastSolveDirect = !iterative;
        if (iterative) return gain;
        int n = _space.Count;
        var costs = new double[n];
        for (int i = 0; i < n; i++) costs[i] = _shiftedCost[i];
        costs[reference] = 0;
        var ones = new double[n];
        Array.Fill(ones, 1);
        ones[reference] = 0;
        Factor(actions, reference, null);
        _factor!.Solve(costs, u);
        _factor.Solve(ones, w);
        // The reference row of the Poisson equation closes the system:
        // g_ref − G + Σ_j q_ref,j (u_j − G w_j) = 0; numerator and denominator are sums of
        // nonnegative terms.
        double num = _shiftedCost[reference];
        ForEachTransition(reference, actions[reference], (j, rate) => num += rate * u[j]);
        gain = num / ProbabilityReturnFactor(actions, reference, w);
        for (int i = 0; i < n; i++) h[i] = u[i] - gain * w[i];
        return gain;
    }

    /// <summary>
    /// Whether the last evaluation used the direct GTH solve (componentwise accurate relative
    /// values) rather than GMRES (accurate relative to the largest value).
    /// </summary>
    public bool LastSolveDirect { get; private set; }

    /// <summary>Evaluate by GTH only, from now on (set once the iterative values are not precise enough).</summary>
    public bool DirectOnly { get; set; }

    // The evaluation equations with the gain as an unknown in place of h_ref = 0: row i reads
    // Λ_i h_i − Σ_{j≠ref} q_ij h_j + G′ = g′_i, so one solve gives h and G′ without the difference
    // u − G′w (whose terms are mean passage times to the reference, large where it is rare). GMRES
    // with ILU(0) converges on these systems where it stalled on the pinned ones. Warm started
    // from the last solution of this chain (starting from a neighbouring instance's solution
    // saved less than 1% of the iterations on k = 30 instances).
    private RelativeValues? _bordered;

    // Relative values with h(Reference) = 0 and the shifted gain in the reference's slot.
    private sealed record RelativeValues(double[] Values, int Reference);

    private bool TryBordered(DualSourcingAction[] actions, int reference, double[] h, out double gain)
    {
        _factor = null;
        gain = 0;
        int n = _space.Count;
        var matrix = SparseRowMatrix.Build(n, 6, (i, cols, vals) =>
        {
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
            if (i != reference) { cols[count] = i; vals[count] = total; count++; }
            cols[count] = reference; vals[count] = 1; count++;
            return count;
        });
        var ilu = new IncompleteLuPreconditioner(matrix);
        var z = new double[n];
        if (_bordered is { } last)
        {
            // Shift the relative values to this reference and move the gain to its slot.
            var x = last.Values;
            int from = last.Reference;
            double shift = from == reference ? 0 : x[reference];
            for (int i = 0; i < n; i++) z[i] = x[i] - shift;
            if (from != reference) { z[from] = -shift; z[reference] = x[from]; }
        }
        if (!_gmres.TrySolve(matrix, ilu, _shiftedCost, z, out _)) return false;
        _bordered = new RelativeValues(z, reference);
        gain = z[reference];
        for (int i = 0; i < n; i++) h[i] = z[i];
        h[reference] = 0;
        return true;
    }

    private void Factor(DualSourcingAction[] actions, int reference, bool[]? within)
    {
        _factor = null; // let the old factor go before the new one is allocated
        var (matrix, slack) = PinnedMatrix(actions, reference, within);
        try
        {
            _factor = new GthProfileSolver(matrix, slack, _maxEntries, _deadline);
        }
        catch (TimeoutException e)
        {
            throw new SolverLimitException($"the dual-sourcing solve for k = {_space.InstalledBase}, S = {_space.BaseStock} ran out of its time limit ({e.Message})", e);
        }
        catch (ArgumentOutOfRangeException e)
        {
            throw new SolverLimitException($"the dual-sourcing solve for k = {_space.InstalledBase}, S = {_space.BaseStock} ({_space.Count:N0} states) needs more memory than its limit: {e.Message.Split(" (Parameter")[0]}", e);
        }
        _factorReference = within is null ? reference : -1;
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

    /// <summary>
    /// What the failure term of <paramref name="action"/> in state i was computed from, Σ rate ·
    /// (u + G′w)(successor) with u, w ≥ 0: h = u − G′w loses digits relative to this, not to h.
    /// </summary>
    public double FailureTermMagnitude(int i, DualSourcingAction action, double[] u, double[] w, double shiftedGain)
    {
        double v = 0;
        if (_rateFailCm[i] > 0) { int j = _space.AfterCmFailure(i, action); v += _rateFailCm[i] * (u[j] + shiftedGain * w[j]); }
        if (_rateFailAm[i] > 0) { int j = _space.AfterAmFailure(i, action); v += _rateFailAm[i] * (u[j] + shiftedGain * w[j]); }
        return v;
    }

    public double FailureRate(int i) => _rateFailCm[i] + _rateFailAm[i];

    /// <summary>
    /// A lower bound on the optimal cost rate (without design cost) from any relative values h:
    /// min over states of min_a [g(i) + Σ_j q_ij(a) (h_j − h_i)] (average the bracket under an
    /// optimal policy's stationary distribution: the generator's terms cancel and it gives G*).
    /// Each state's term is lowered by 1e-12 of the magnitudes it sums, so round-off in computing
    /// it cannot lift the bound.
    /// </summary>
    public double LowerBound(double[] h)
    {
        double bound = double.PositiveInfinity;
        for (int i = 0; i < _space.Count; i++)
        {
            double hi = h[i], t = _shiftedCost[i], magnitude = _shiftedCost[i];
            if (_rateArriveCm[i] > 0) { double hj = h[_space.AfterCmArrival(i)]; t += _rateArriveCm[i] * (hj - hi); magnitude += _rateArriveCm[i] * (Math.Abs(hj) + Math.Abs(hi)); }
            if (_rateArriveAm[i] > 0) { double hj = h[_space.AfterAmArrival(i)]; t += _rateArriveAm[i] * (hj - hi); magnitude += _rateArriveAm[i] * (Math.Abs(hj) + Math.Abs(hi)); }
            if (FailureRate(i) > 0)
            {
                double best = double.PositiveInfinity, bestMagnitude = 0;
                for (int a = 1; a <= 4; a++)
                {
                    var action = (DualSourcingAction)a;
                    double v = 0, m = 0;
                    if (_rateFailCm[i] > 0) { double hj = h[_space.AfterCmFailure(i, action)]; v += _rateFailCm[i] * (hj - hi); m += _rateFailCm[i] * (Math.Abs(hj) + Math.Abs(hi)); }
                    if (_rateFailAm[i] > 0) { double hj = h[_space.AfterAmFailure(i, action)]; v += _rateFailAm[i] * (hj - hi); m += _rateFailAm[i] * (Math.Abs(hj) + Math.Abs(hi)); }
                    if (v < best) { best = v; bestMagnitude = m; }
                }
                t += best;
                magnitude += bestMagnitude;
            }
            bound = Math.Min(bound, t - 1e-12 * magnitude);
        }
        return bound - _shift;
    }

    private void ForEachTransition(int i, DualSourcingAction action, Action<int, double> visit)
    {
        if (_rateFailCm[i] > 0) visit(_space.AfterCmFailure(i, action), _rateFailCm[i]);
        if (_rateFailAm[i] > 0) visit(_space.AfterAmFailure(i, action), _rateFailAm[i]);
        if (_rateArriveCm[i] > 0) visit(_space.AfterCmArrival(i), _rateArriveCm[i]);
        if (_rateArriveAm[i] > 0) visit(_space.AfterAmArrival(i), _rateArriveAm[i]);
    }

    // A = diag(Λ) − Q_offdiag with the reference row replaced by the unit row and the reference
    // column dropped (h_ref = 0). Transitions never stay within a level, so no two successors of a
    // state coincide and every row has at most 5 entries. The slack of a row (its row sum) is the
    // rate into the reference, 1 for a unit row: given exactly, not computed by cancellation.
    // Rows outside <paramref name="within"/> (if given) are unit rows too: used to evaluate one
    // closed class of a multichain policy on its own.
    private (SparseRowMatrix Matrix, double[] Slack) PinnedMatrix(DualSourcingAction[] actions, int reference, bool[]? within = null)
    {
        var slack = new double[_space.Count];
        var matrix = SparseRowMatrix.Build(_space.Count, 5, (i, cols, vals) =>
        {
            if (i == reference || (within is not null && !within[i])) { cols[0] = i; vals[0] = 1; slack[i] = 1; return 1; }
            int count = 0;
            double total = 0, toReference = 0;
            var action = actions[i];
            void Add(int j, double rate, Span<int> c, Span<double> v)
            {
                total += rate;
                if (j == reference) { toReference += rate; return; }
                c[count] = j; v[count] = -rate; count++;
            }
            if (_rateFailCm[i] > 0) Add(_space.AfterCmFailure(i, action), _rateFailCm[i], cols, vals);
            if (_rateFailAm[i] > 0) Add(_space.AfterAmFailure(i, action), _rateFailAm[i], cols, vals);
            if (_rateArriveCm[i] > 0) Add(_space.AfterCmArrival(i), _rateArriveCm[i], cols, vals);
            if (_rateArriveAm[i] > 0) Add(_space.AfterAmArrival(i), _rateArriveAm[i], cols, vals);
            cols[count] = i; vals[count] = total; count++;
            slack[i] = toReference;
            return count;
        });
        return (matrix, slack);
    }

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
