namespace SpareSim.Analytics.LifeCycleCost;

/// <summary>The life-cycle cost C^x(S) of one design at base stock <see cref="Stock"/>, term by term (€, undiscounted).</summary>
/// <param name="Stock">S, the base-stock level.</param>
/// <param name="Loss">g(S, a), the fraction of failures served by emergency shipment.</param>
/// <param name="Production">P = c_p N, the installed units.</param>
/// <param name="InitialStock">c_p S if the convention buys the initial spares, else 0.</param>
/// <param name="Holding">H = h c_p T S (stock on hand plus on order is always S).</param>
/// <param name="Downtime">NT c_d/τ + g NT(c_e − c_d)/τ, downtime and repair of all failures.</param>
/// <param name="ReplacementParts">NT c_p/τ if the convention charges the part per failure, else 0.</param>
public sealed record CostBreakdown(int Stock, double Loss, double Production, double InitialStock, double Holding, double Downtime, double ReplacementParts)
{
    /// <summary>C^x(S), the sum of the terms.</summary>
    public double Total => Production + InitialStock + Holding + Downtime + ReplacementParts;
}
