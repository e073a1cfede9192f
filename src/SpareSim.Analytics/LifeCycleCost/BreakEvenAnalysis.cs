namespace SpareSim.Analytics.LifeCycleCost;

/// <summary>
/// The design comparison of thesis ch. 2 §2.4: a regular design R against an AM design A (sharing
/// N, T, h and c_d), K = I − B the lump-sum investment difference net of benefits. AM wins iff
/// Ĉ^A + K &lt; Ĉ^R. Break-even quantities are roots found by bisection, stopped when the cost
/// gap |Ĉ^R − Ĉ^A − K| is at most <see cref="Tolerance"/> × Ĉ^R (Eq. 2.2 uses 1e-6).
/// </summary>
public sealed class BreakEvenAnalysis
{
    private const int MaxIterations = 400;
    private readonly LifeCycleCostModel _model;

    /// <summary>The comparison of <paramref name="regular"/> with <paramref name="additive"/> under <paramref name="convention"/>.</summary>
    public BreakEvenAnalysis(ComponentDesign regular, ComponentDesign additive, CostConvention convention, double tolerance = 1e-6)
    {
        Regular = regular ?? throw new ArgumentNullException(nameof(regular));
        Additive = additive ?? throw new ArgumentNullException(nameof(additive));
        if (regular.InstalledBase != additive.InstalledBase || regular.Horizon != additive.Horizon
            || regular.HoldingRate != additive.HoldingRate || regular.RepairCost != additive.RepairCost)
            throw new ArgumentException("regular and AM designs must share N, T, h and c_d", nameof(additive));
        if (!(tolerance > 0 && tolerance < 1)) throw new ArgumentOutOfRangeException(nameof(tolerance), tolerance, "tolerance must be in (0, 1)");
        Tolerance = tolerance;
        _model = new LifeCycleCostModel(convention);
        RegularCost = _model.OptimizedCost(regular);
    }

    /// <summary>The regular design R.</summary>
    public ComponentDesign Regular { get; }

    /// <summary>The AM design A (its τ^A and c_p^A are the starting point of the searches).</summary>
    public ComponentDesign Additive { get; }

    /// <summary>Relative accuracy ε of the break-even searches (Eq. 2.2).</summary>
    public double Tolerance { get; }

    /// <summary>Ĉ^R.</summary>
    public double RegularCost { get; }

    /// <summary>Ĉ^A of the AM design as given.</summary>
    public double AdditiveCost => _model.OptimizedCost(Additive);

    /// <summary>K_1 = Ĉ^R(τ^R) − Ĉ^A(τ^R) (Def. 2.2): the K at which the break-even AM reliability equals τ^R.</summary>
    public double K1 => RegularCost - _model.OptimizedCost(Additive with { Mtbf = Regular.Mtbf });

    /// <summary>K_2 = Ĉ^R(τ^R) − Ĉ^A(τ^R L^A/L^R) (Def. 2.3): the K at which the AM load equals the regular load.</summary>
    public double K2 => RegularCost - _model.OptimizedCost(Additive with { Mtbf = Regular.Mtbf * Additive.LeadTime / Regular.LeadTime });

    /// <summary>K_lim = Ĉ^R − c_p^A N (Lemma 2.2): for K ≥ K_lim no AM reliability breaks even.</summary>
    public double KLim => RegularCost - Additive.UnitCost * Additive.InstalledBase;

    /// <summary>
    /// τ^{A*}(K) (Def. 2.1): the AM MTBF with Ĉ^A(τ^{A*}) + K = Ĉ^R, at the AM design's c_p^A;
    /// null when K ≥ K_lim (no reliability is enough).
    /// </summary>
    public double? BreakEvenReliability(double lumpSum)
    {
        if (!double.IsFinite(lumpSum)) throw new ArgumentOutOfRangeException(nameof(lumpSum), lumpSum, "K must be finite");
        if (lumpSum >= KLim) return null;
        double Gap(double tau) => RegularCost - _model.OptimizedCost(Additive with { Mtbf = tau }) - lumpSum;
        // The gap rises with τ^A (Lemma 2.1(i)) from −∞ to K_lim − K > 0: bracket by doubling and halving from τ^R.
        double lo = Regular.Mtbf, hi = Regular.Mtbf;
        while (Gap(hi) < 0) hi *= 2;
        while (Gap(lo) > 0) lo /= 2;
        return Bisect(Gap, lo, hi);
    }

    /// <summary>
    /// c_p^{A*}(K) (Def. 2.4): the AM unit cost with Ĉ^A(c_p^{A*}) + K = Ĉ^R, at the AM design's
    /// τ^A; null when even a free AM part does not break even (Ĉ^A(0+) = NT c_d/τ^A ≥ Ĉ^R − K).
    /// </summary>
    public double? BreakEvenPrice(double lumpSum)
    {
        if (!double.IsFinite(lumpSum)) throw new ArgumentOutOfRangeException(nameof(lumpSum), lumpSum, "K must be finite");
        // As c_p^A ↓ 0, S* → ∞, g → 0 and every c_p term vanishes: only the repairs remain.
        if (RegularCost - lumpSum <= Additive.ExpectedFailures * Additive.RepairCost) return null;
        double Gap(double price) => RegularCost - _model.OptimizedCost(Additive with { UnitCost = price }) - lumpSum;
        // The gap falls with c_p^A (Lemma 2.1(iii)); it is positive near 0 and −∞ at ∞.
        double hi = Math.Max(Regular.UnitCost, 1e-9), lo = hi;
        while (Gap(hi) > 0) hi *= 2;
        while (Gap(lo) < 0) lo /= 2;
        return Bisect(c => -Gap(c), lo, hi);
    }

    /// <summary>A root of the increasing <paramref name="f"/> in [lo, hi] with f(lo) ≤ 0 ≤ f(hi), to |f| ≤ ε Ĉ^R.</summary>
    private double Bisect(Func<double, double> f, double lo, double hi)
    {
        double target = Tolerance * RegularCost;
        for (int i = 0; i < MaxIterations; i++)
        {
            double mid = 0.5 * (lo + hi);
            double value = f(mid);
            if (Math.Abs(value) <= target || mid == lo || mid == hi) return mid;
            if (value < 0) lo = mid; else hi = mid;
        }
        throw new InvalidOperationException($"break-even search did not reach |gap| <= {Tolerance:G3} x C^R in {MaxIterations} bisections");
    }
}
