namespace SpareSim.Analytics.LifeCycleCost;

/// <summary>
/// The cost model of thesis ch. 2 §2.3 under a <see cref="CostConvention"/>: C^x(S) for a given
/// base stock and the optimised Ĉ^x = C^x(S^{x*}) of problem (P^x), with S* from marginal
/// analysis (C^x is convex in S because g is).
/// </summary>
public sealed class LifeCycleCostModel
{
    /// <summary>A model under <paramref name="convention"/>.</summary>
    public LifeCycleCostModel(CostConvention convention) => Convention = convention ?? throw new ArgumentNullException(nameof(convention));

    /// <summary>Which optional terms the cost contains.</summary>
    public CostConvention Convention { get; }

    /// <summary>C^x(S) term by term.</summary>
    public CostBreakdown Cost(ComponentDesign design, int stock)
    {
        ArgumentNullException.ThrowIfNull(design);
        double g = ErlangLoss.Probability(stock, design.Load);
        return Breakdown(design, stock, g);
    }

    /// <summary>
    /// Cost of one more spare over the life cycle: h c_p T, plus c_p when the initial stock is
    /// bought (then S* depends on T, unlike Lemma 2.3's printed model).
    /// </summary>
    public double CostPerSpare(ComponentDesign design)
    {
        ArgumentNullException.ThrowIfNull(design);
        return design.UnitCost * (design.HoldingRate * design.Horizon + (Convention.IncludeInitialStockPurchase ? 1 : 0));
    }

    /// <summary>
    /// S^{x*}: the smallest S with C(S+1) − C(S) ≥ 0, i.e. the smallest minimiser of the convex
    /// C^x. Throws if a spare costs nothing while emergencies cost more than repairs (S* = ∞).
    /// </summary>
    public int OptimalStock(ComponentDesign design)
    {
        double perSpare = CostPerSpare(design);
        double surcharge = design.ExpectedFailures * (design.EmergencyCost - design.RepairCost);
        if (surcharge <= 0) return 0;
        if (perSpare <= 0) throw new ArgumentException("a spare costs nothing (c_p = 0 or h T = 0 without initial stock purchase) while emergencies cost more than repairs: S* is unbounded", nameof(design));
        double a = design.Load, b = 1;
        for (int s = 0; ; s++)
        {
            double next = a * b / (s + 1 + a * b);
            if (perSpare + (next - b) * surcharge >= 0) return s;
            b = next;
        }
    }

    /// <summary>Ĉ^x = C^x(S^{x*}) (Eq. 2.1), term by term.</summary>
    public CostBreakdown Optimize(ComponentDesign design) => Cost(design, OptimalStock(design));

    /// <summary>Ĉ^x, the optimised life-cycle cost without K.</summary>
    public double OptimizedCost(ComponentDesign design) => Optimize(design).Total;

    private CostBreakdown Breakdown(ComponentDesign d, int stock, double g)
    {
        double failures = d.ExpectedFailures;
        return new CostBreakdown(
            stock,
            g,
            Production: d.UnitCost * d.InstalledBase,
            InitialStock: Convention.IncludeInitialStockPurchase ? d.UnitCost * stock : 0,
            Holding: d.HoldingRate * d.UnitCost * d.Horizon * stock,
            Downtime: failures * d.RepairCost + g * failures * (d.EmergencyCost - d.RepairCost),
            ReplacementParts: Convention.ChargePartCostPerFailure ? failures * d.UnitCost : 0);
    }
}
