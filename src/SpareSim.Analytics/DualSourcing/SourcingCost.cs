namespace SpareSim.Analytics.DualSourcing;

/// <summary>
/// Long-run average cost per time unit of a sourcing policy, by component (Knofius et al. §3.3,
/// §3.7–3.8). <see cref="Total"/> = purchase + maintenance + holding + backorder − operational
/// savings + design.
/// </summary>
public sealed record SourcingCost(double Purchase, double Maintenance, double Holding, double Backorder,
    double OperationalSavings, double Design)
{
    /// <summary>The total cost per time unit.</summary>
    public double Total => Purchase + Maintenance + Holding + Backorder - OperationalSavings + Design;
}
