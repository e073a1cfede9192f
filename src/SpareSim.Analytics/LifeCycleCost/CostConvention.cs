namespace SpareSim.Analytics.LifeCycleCost;

/// <summary>
/// Which cost terms the life-cycle cost C^x(S) contains beyond the always-present production of the
/// installed base c_p N, holding h c_p T S and emergency surcharge g NT(c_e − c_d)/τ plus
/// NT c_d/τ. The thesis's printed model (§2.3) and the one its tables were computed with differ in
/// exactly these two terms (spec ch2 §1.8).
/// </summary>
/// <param name="IncludeInitialStockPurchase">Buy the S initial spares at t = 0 (adds c_p S; the cost of one more spare in the S* search becomes c_p(1 + hT)).</param>
/// <param name="ChargePartCostPerFailure">Charge the production cost of the replacement part at every failure (adds NT c_p/τ).</param>
public sealed record CostConvention(bool IncludeInitialStockPurchase, bool ChargePartCostPerFailure)
{
    /// <summary>The cost model as printed in §2.3 ("TEXT"): part cost per failure, no initial stock purchase.</summary>
    public static CostConvention Printed { get; } = new(IncludeInitialStockPurchase: false, ChargePartCostPerFailure: true);

    /// <summary>
    /// The convention that reproduces the K_1/c_p and τ^{A*}(0)/τ^R columns of Tables 2.5 and 2.10
    /// ("REPRO"): initial stock bought, no part cost per failure.
    /// </summary>
    public static CostConvention Reproduction { get; } = new(IncludeInitialStockPurchase: true, ChargePartCostPerFailure: false);

    /// <summary>
    /// The printed model plus the initial stock purchase ("I0RP"): the closest reading of the
    /// c_p^{A*}(0)/c_p^R column (about 0.01 below it), recommended by the spec for that column.
    /// </summary>
    public static CostConvention PrintedWithInitialStock { get; } = new(IncludeInitialStockPurchase: true, ChargePartCostPerFailure: true);

    /// <summary>The spec's short name: TEXT, REPRO, I0RP, or NEITHER for the fourth combination.</summary>
    public string Name => (IncludeInitialStockPurchase, ChargePartCostPerFailure) switch
    {
        (false, true) => "TEXT",
        (true, false) => "REPRO",
        (true, true) => "I0RP",
        _ => "NEITHER",
    };
}
