using SpareSim.Analytics.DualSourcing;

namespace SpareSim.Experiments.Studies.Knofius;

/// <summary>
/// CM-only, AM-only and dual sourcing of one instance, each at its optimal base stock, plus the
/// share of the dual base stock depleted when the policy first orders AM (Fig. 5; NaN when S = 0
/// or when the policy never orders AM with stock on hand or empty).
/// </summary>
public sealed record KnofiusInstanceResult(KnofiusDesignPoint Point, int CmBaseStock, SourcingCost Cm, int AmBaseStock, SourcingCost Am,
    int DualBaseStock, SourcingCost Dual, double DepletedAtFirstAmOrder)
{
    /// <summary>Why the instance could not be solved; null when it was.</summary>
    public string? Error { get; init; }
}
