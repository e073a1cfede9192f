using SpareSim.Analytics.LifeCycleCost;

namespace SpareSim.Experiments.Studies.LifeCycleCost;

/// <summary>
/// The full factorial of thesis ch. 2 §2.5 (Table 2.4; h = 0.02, L^R = 3, c_e^R = c_e^A, equal c_p
/// and τ for R and A): every combination of the levels, each solved analytically.
/// </summary>
public sealed class NumericalExperiment
{
    /// <summary>Holding rate h fixed in §2.5.</summary>
    public const double HoldingRate = 0.02;

    /// <summary>Regular lead time L^R fixed in §2.5.</summary>
    public const double RegularLeadTime = 3;

    private readonly LifeCycleCostOptions _options;

    /// <summary>The experiment with the levels and conventions of <paramref name="options"/>.</summary>
    public NumericalExperiment(LifeCycleCostOptions options) => _options = options ?? throw new ArgumentNullException(nameof(options));

    /// <summary>The regular and AM designs of every combination, in a fixed order.</summary>
    public IReadOnlyList<(ComponentDesign Regular, ComponentDesign Additive, double RepairRatio, double EmergencyRatio)> Designs()
    {
        var o = _options;
        var list = new List<(ComponentDesign, ComponentDesign, double, double)>();
        foreach (double cp in o.UnitCost)
        foreach (int n in o.InstalledBase)
        foreach (double t in o.Horizon)
        foreach (double la in o.AdditiveLeadTime)
        foreach (double cdRatio in o.RepairOverUnitCost)
        foreach (double ceRatio in o.EmergencyOverRepair)
        foreach (double tau in o.RegularMtbf)
        {
            var regular = new ComponentDesign
            {
                InstalledBase = n, Horizon = t, Mtbf = tau, LeadTime = RegularLeadTime, UnitCost = cp,
                RepairCost = cdRatio * cp, EmergencyCost = ceRatio * cdRatio * cp, HoldingRate = HoldingRate,
            };
            list.Add((regular, regular with { LeadTime = la }, cdRatio, ceRatio));
        }
        return list;
    }

    /// <summary>Solves every combination, <paramref name="parallelism"/> at a time; the result does not depend on it.</summary>
    public IReadOnlyList<FactorialInstance> Run(int parallelism, CancellationToken cancellation = default)
    {
        var designs = Designs();
        var results = new FactorialInstance[designs.Count];
        Parallel.For(0, designs.Count, new ParallelOptions { MaxDegreeOfParallelism = parallelism, CancellationToken = cancellation },
            i => results[i] = Solve(i, designs[i].Regular, designs[i].Additive, designs[i].RepairRatio, designs[i].EmergencyRatio));
        return results;
    }

    private FactorialInstance Solve(int index, ComponentDesign regular, ComponentDesign additive, double repairRatio, double emergencyRatio)
    {
        var main = _options.MainConvention.ToConvention();
        var analysis = new BreakEvenAnalysis(regular, additive, main, _options.Tolerance);
        var priced = new BreakEvenAnalysis(regular, additive, _options.PriceConvention.ToConvention(), _options.Tolerance);
        var model = new LifeCycleCostModel(main);
        double k1 = analysis.K1;
        double k1Random = RandomInstalledBase.AroundNominal(regular.InstalledBase, _options.RandomInstalledBaseSpread).K1(model, regular, additive);
        double cp = regular.UnitCost;
        return new FactorialInstance(index, cp, regular.InstalledBase, regular.Horizon, additive.LeadTime, repairRatio, emergencyRatio, regular.Mtbf,
            model.OptimalStock(regular), model.OptimalStock(additive),
            k1 / cp,
            (analysis.BreakEvenReliability(0) ?? double.PositiveInfinity) / regular.Mtbf,
            (priced.BreakEvenPrice(0) ?? double.NaN) / cp,
            (analysis.BreakEvenPrice(0) ?? double.NaN) / cp,
            (k1Random - k1) / k1);
    }
}
