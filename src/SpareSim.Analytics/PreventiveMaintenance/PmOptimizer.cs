namespace SpareSim.Analytics.PreventiveMaintenance;

/// <summary>
/// Optimal (t_r, t_b, t_p) as in spec A.7, by full enumeration on the 1-day grid:
/// B over L_r ≤ t_r ≤ horizon; TR over L_r ≤ t_r ≤ t^B_r with t_b ∈ {0} ∪ [t_r − L_r, t_r − L_p);
/// DA over the same (t_r, t_b) and L_r ≤ t_p ≤ t^B_r (t_b = 0 is TR without printing). Ties go to
/// the smallest vector. Each grid optimum is then refined continuously by nested golden-section
/// searches within ±1 day (and within the same ranges).
/// </summary>
public sealed class PmOptimizer
{
    private readonly PmCostModel _model;
    private readonly PmInstance _i;
    private (int Upper, double[] Extra, double[] Use)? _stints;

    /// <summary>An optimizer over <paramref name="model"/>'s instance.</summary>
    public PmOptimizer(PmCostModel model)
    {
        _model = model ?? throw new ArgumentNullException(nameof(model));
        _i = model.Instance;
    }

    private int FirstAge => (int)Math.Ceiling(_i.RegularLeadTime);

    /// <summary>The optimum of every policy, B first (its t^B_r bounds the others' search).</summary>
    public IReadOnlyList<PmOptimum> OptimizeAll()
    {
        var b = Optimize(PmPolicy.Benchmark);
        return [b, Optimize(PmPolicy.TemporaryReplacement, b), Optimize(PmPolicy.DoubleAgeBased, b)];
    }

    /// <summary>The optimum of <paramref name="policy"/>; TR and DA need B's (computed if not given).</summary>
    public PmOptimum Optimize(PmPolicy policy, PmOptimum? benchmark = null)
    {
        if (policy == PmPolicy.Benchmark) return Refine(policy, BestBenchmark());
        benchmark ??= Optimize(PmPolicy.Benchmark);
        int upper = (int)benchmark.Decision.ReplacementAge;
        PmDecision best = default;
        double bestRate = double.PositiveInfinity;
        for (int tr = FirstAge; tr <= upper; tr++)
        {
            var (d, g) = BestAt(policy, tr, upper);
            if (g < bestRate) { bestRate = g; best = d; }
        }
        return Refine(policy, best);
    }

    /// <summary>
    /// The best decision and g_X at a fixed t_r on the grid (t_b, and t_p up to <paramref name="printedUpper"/>, optimised):
    /// the curves of Figure 4.3.
    /// </summary>
    public (PmDecision Decision, double CostRate) BestAt(PmPolicy policy, int tr, int printedUpper)
    {
        if (policy == PmPolicy.Benchmark) return (new PmDecision(tr), _model.CostRate(policy, new PmDecision(tr)));
        // t_b = 0: regular parts only, just in time; DA is then TR.
        var noPrint = new PmDecision(tr, 0, policy == PmPolicy.DoubleAgeBased ? FirstAge : 0);
        var best = (noPrint, _model.CostRate(PmPolicy.TemporaryReplacement, noPrint with { PrintedReplacementAge = 0 }));
        int tbLow = Math.Max(0, (int)Math.Ceiling(tr - _i.RegularLeadTime));
        int tbHigh = (int)Math.Ceiling(tr - _i.PrintLeadTime) - 1;
        var (extra, use) = policy == PmPolicy.DoubleAgeBased ? Stints(printedUpper) : ([], []);
        for (int tb = Math.Max(tbLow, 1); tb <= tbHigh; tb++)
        {
            if (policy == PmPolicy.TemporaryReplacement)
            {
                double g = _model.CostRate(policy, new PmDecision(tr, tb));
                if (g < best.Item2) best = (new PmDecision(tr, tb), g);
                continue;
            }
            var core = _model.DoubleAgeWithoutStint(tr, tb);
            double k = core.Cost, m = core.Length, p = core.PrintProbability;
            double bestHere = best.Item2;
            int bestJ = -1;
            for (int j = 0; j < use.Length; j++)
            {
                double g = (k + p * extra[j]) / (m + p * use[j]);
                if (g < bestHere) { bestHere = g; bestJ = j; }
            }
            if (bestJ >= 0) best = (new PmDecision(tr, tb, FirstAge + bestJ), bestHere);
        }
        return best;
    }

    /// <summary>Per t_p on the grid: c_f F_p(t_p) + h ∫_{L_r}^{t_p} F̄_p (cost per print) and ∫_0^{t_p} F̄_p (use per print).</summary>
    private (double[] Extra, double[] Use) Stints(int upper)
    {
        if (_stints is { } cached && cached.Upper == upper) return (cached.Extra, cached.Use);
        int n = Math.Max(0, upper - FirstAge + 1);
        var extra = new double[n];
        var use = new double[n];
        for (int j = 0; j < n; j++)
        {
            var s = _model.PrintedStint(FirstAge + j);
            extra[j] = _i.FailureCost * s.FailureProbability + _i.HoldingRate * s.HoldingDays;
            use[j] = s.Use;
        }
        _stints = (upper, extra, use);
        return (extra, use);
    }

    private PmDecision BestBenchmark()
    {
        int best = FirstAge;
        double bestRate = double.PositiveInfinity;
        for (int tr = FirstAge; tr <= _model.Horizon; tr++)
        {
            double g = _model.CostRate(PmPolicy.Benchmark, new PmDecision(tr));
            if (g < bestRate) { bestRate = g; best = tr; }
        }
        return new PmDecision(best);
    }

    private PmOptimum Refine(PmPolicy policy, PmDecision grid)
    {
        double lr = _i.RegularLeadTime, lp = _i.PrintLeadTime;
        double tr0 = grid.ReplacementAge, tb0 = grid.PrintThreshold, tp0 = grid.PrintedReplacementAge;
        double trLow = Math.Max(lr, tr0 - 1), trHigh = tr0 + 1;
        Func<double, (PmDecision, double)> atAge;
        if (policy == PmPolicy.Benchmark || tb0 == 0)
        {
            var rated = policy == PmPolicy.Benchmark ? PmPolicy.Benchmark : PmPolicy.TemporaryReplacement;
            atAge = tr => (new PmDecision(tr, 0, tp0), _model.CostRate(rated, new PmDecision(tr)));
        }
        else
        {
            atAge = tr =>
            {
                // Stay inside [t_r − L_r, t_r − L_p), the range the grid searched.
                double tbLow = Math.Max(tr - lr, tb0 - 1), tbHigh = Math.Min(tb0 + 1, tr - lp - 1e-9);
                double bestTp = tp0;
                var (tb, g) = GoldenSection.Minimize(t =>
                {
                    if (policy == PmPolicy.TemporaryReplacement) return _model.CostRate(policy, new PmDecision(tr, t));
                    var (tp, gp) = GoldenSection.Minimize(p => _model.CostRate(policy, new PmDecision(tr, t, p)), Math.Max(lr, tp0 - 1), tp0 + 1, 36);
                    bestTp = tp;
                    return gp;
                }, tbLow, tbHigh, 36);
                if (policy == PmPolicy.DoubleAgeBased)
                    bestTp = GoldenSection.Minimize(p => _model.CostRate(policy, new PmDecision(tr, tb, p)), Math.Max(lr, tp0 - 1), tp0 + 1, 36).X;
                return (new PmDecision(tr, tb, policy == PmPolicy.DoubleAgeBased ? bestTp : 0), g);
            };
        }
        var (trBest, _) = GoldenSection.Minimize(tr => atAge(tr).Item2, trLow, trHigh, 40);
        var (refined, _) = atAge(trBest);
        if (policy == PmPolicy.Benchmark) refined = new PmDecision(trBest);
        double refinedRate = _model.CostRate(policy, refined);
        var cycle = _model.Evaluate(policy, grid);
        // The search box holds the grid point; keep it if the golden sections ended on a worse point.
        if (refinedRate > cycle.CostRate) { refined = grid; refinedRate = cycle.CostRate; }
        return new PmOptimum { Policy = policy, Decision = grid, Cycle = cycle, RefinedDecision = refined, RefinedCostRate = refinedRate };
    }
}
