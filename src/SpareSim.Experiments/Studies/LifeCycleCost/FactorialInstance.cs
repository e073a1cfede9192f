namespace SpareSim.Experiments.Studies.LifeCycleCost;

/// <summary>
/// One of the 2187 cases of the thesis's numerical experiment (Table 2.4) with its outcomes:
/// K_1/c_p and τ^{A*}(0)/τ^R under the main convention, c_p^{A*}(0)/c_p^R under the main and the
/// price convention, and ΔK_1 = (K̃_1 − K_1)/K_1 under Ñ = U{0.8N, …, 1.2N} (main convention).
/// </summary>
public sealed record FactorialInstance(
    int Index, double UnitCost, int InstalledBase, double Horizon, double AdditiveLeadTime, double RepairOverUnitCost,
    double EmergencyOverRepair, double RegularMtbf, int RegularStock, int AdditiveStock,
    double K1OverUnitCost, double ReliabilityRatio, double PriceRatio, double PriceRatioMainConvention, double RelativeK1ChangeRandomN);
