namespace SpareSim.Analytics.MultiEchelon;

/// <summary>
/// Intermediates and result of the paper-faithful (PF) computation of spec §1.8. For the baseline the
/// single CMC pool is reported as the CP pool (<see cref="CpRate"/> = Λ0) and the AM fields are zero.
/// </summary>
/// <param name="CpRate">Λcp: arrival rate into the CMC CP repair pool (Λ0 for the baseline).</param>
/// <param name="AmRate">ω0: arrival rate into the CMC AM pool.</param>
/// <param name="CpPipeline">μcp: mean CMC CP pipeline.</param>
/// <param name="AmPipeline">μam: mean CMC AM pipeline.</param>
/// <param name="CpBackorders">EBO(s | μcp).</param>
/// <param name="AmBackorders">EBO(s | μam) (used in scenario C only; zero otherwise).</param>
/// <param name="CpDelay">Wcp = EBO(s | μcp)/Λcp, zero for an empty pool.</param>
/// <param name="AmDelay">Wam = EBO(s | μam)/ω0 (scenario C), zero for an empty pool.</param>
/// <param name="Rmc1Pipeline">μ1: RMC1 pipeline.</param>
/// <param name="Rmc2Pipeline">μ2: RMC2 pipeline.</param>
/// <param name="TotalPipeline">M = μcp + μam + μ1 + μ2.</param>
/// <param name="Ebo">EBO_PF(s) = EBO(s | M), the value printed by the paper.</param>
/// <param name="Cost">Cost_PF(s) = P · EBO_PF(s) in $ (Table 5).</param>
public sealed record AbidarPaperFaithfulResult(
    double CpRate,
    double AmRate,
    double CpPipeline,
    double AmPipeline,
    double CpBackorders,
    double AmBackorders,
    double CpDelay,
    double AmDelay,
    double Rmc1Pipeline,
    double Rmc2Pipeline,
    double TotalPipeline,
    double Ebo,
    double Cost);
