namespace SpareSim.Analytics.MultiEchelon;

/// <summary>Per-site results of the two-echelon METRIC evaluation (<see cref="TwoEchelonMetric"/>, spec §1.10).</summary>
/// <param name="CmcRequestRate">Λ0 = λ0 + R, all requests on CMC stock (units/year).</param>
/// <param name="CmcPipeline">μ0, mean CMC repair pipeline.</param>
/// <param name="CmcBackorders">EBO(s0 | μ0).</param>
/// <param name="CmcWait">W0 = EBO0 / Λ0, mean wait of a request at the CMC (years).</param>
/// <param name="CmcCustomerBackorders">λ0 · W0, backorders of the CMC's own customers.</param>
/// <param name="Rmc1Pipeline">μ1, RMC1 pipeline including the CMC wait.</param>
/// <param name="Rmc2Pipeline">μ2, RMC2 pipeline including the CMC wait.</param>
/// <param name="Rmc1Backorders">BO1 = EBO(s1 | μ1).</param>
/// <param name="Rmc2Backorders">BO2 = EBO(s2 | μ2).</param>
/// <param name="Rmc1FillRate">FR1 = F(s1 − 1; μ1), zero for s1 = 0.</param>
/// <param name="Rmc2FillRate">FR2 = F(s2 − 1; μ2), zero for s2 = 0.</param>
/// <param name="Rmc1VariMetricVariance">VARI-METRIC variance of the RMC1 pipeline.</param>
/// <param name="Rmc2VariMetricVariance">VARI-METRIC variance of the RMC2 pipeline.</param>
/// <param name="SystemBackorders">EBO_sys = λ0·W0 + BO1 + BO2.</param>
/// <param name="Cost">P · EBO_sys in $.</param>
public sealed record TwoEchelonMetricResult(
    double CmcRequestRate,
    double CmcPipeline,
    double CmcBackorders,
    double CmcWait,
    double CmcCustomerBackorders,
    double Rmc1Pipeline,
    double Rmc2Pipeline,
    double Rmc1Backorders,
    double Rmc2Backorders,
    double Rmc1FillRate,
    double Rmc2FillRate,
    double Rmc1VariMetricVariance,
    double Rmc2VariMetricVariance,
    double SystemBackorders,
    double Cost);
