using SpareSim.Analytics.LifeCycleCost;

namespace SpareSim.Experiments.Studies.LifeCycleCost;

/// <summary>The two cost-convention switches of spec ch2 §1.8 as an experiment file writes them.</summary>
public sealed class ConventionOptions
{
    /// <summary>Buy the S initial spares at t = 0 (c_p S).</summary>
    public bool IncludeInitialStockPurchase { get; set; }

    /// <summary>Charge the replacement part's production cost at every failure (NT c_p/τ).</summary>
    public bool ChargePartCostPerFailure { get; set; }

    /// <summary>The analytic convention.</summary>
    public CostConvention ToConvention() => new(IncludeInitialStockPurchase, ChargePartCostPerFailure);
}
