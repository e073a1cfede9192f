namespace SpareSim.Analytics.MultiEchelon;

/// <summary>
/// Standard two-echelon METRIC (Sherbrooke 1968) for the Abidar network, one serviceable pool per site
/// (AM and CP parts interchangeable), per-site base stocks (s0, s1, s2) and ample repair capacity
/// (spec §1.10). The CMC delay is the Little's-law mean wait W0 = EBO(s0 | μ0)/Λ0. Demand is m at each
/// site, ρ0 = 1, AM time γ = rt·ν and AM shipping α = τ. A physical model, unlike
/// <see cref="AbidarPaperFaithfulEbo"/>: with rt = 1 the three scenarios coincide.
/// </summary>
public static class TwoEchelonMetric
{
    /// <summary>Evaluates per-site and system backorders for one stock vector.</summary>
    /// <param name="item">Table 3 inputs.</param>
    /// <param name="scenario">Scenario B, C or D.</param>
    /// <param name="demand">m, annual demand per site.</param>
    /// <param name="amTimeRatio">rt = AM time / CP time.</param>
    /// <param name="amProbability">φ in [0, 1]; ignored by the baseline.</param>
    /// <param name="cmcStock">s0.</param>
    /// <param name="rmc1Stock">s1.</param>
    /// <param name="rmc2Stock">s2.</param>
    public static TwoEchelonMetricResult Evaluate(
        AbidarItem item, AbidarScenario scenario, double demand, double amTimeRatio, double amProbability,
        int cmcStock, int rmc1Stock, int rmc2Stock)
    {
        ArgumentNullException.ThrowIfNull(item);
        if (!(demand >= 0)) throw new ArgumentOutOfRangeException(nameof(demand));
        if (!(amTimeRatio >= 0)) throw new ArgumentOutOfRangeException(nameof(amTimeRatio));
        if (!(amProbability >= 0 && amProbability <= 1)) throw new ArgumentOutOfRangeException(nameof(amProbability));
        if (cmcStock < 0) throw new ArgumentOutOfRangeException(nameof(cmcStock));
        if (rmc1Stock < 0) throw new ArgumentOutOfRangeException(nameof(rmc1Stock));
        if (rmc2Stock < 0) throw new ArgumentOutOfRangeException(nameof(rmc2Stock));
        if (!Enum.IsDefined(scenario)) throw new ArgumentOutOfRangeException(nameof(scenario));

        double phi = scenario == AbidarScenario.Baseline ? 0.0 : amProbability;
        double lam = demand, rt = amTimeRatio;
        double rho1 = item.RepairProbability1, rho2 = item.RepairProbability2;
        double r = lam * (1 - rho1) + lam * (1 - rho2);
        double lam0 = lam + r;

        double nu0 = item.RepairTimeCmc, mixed0 = (1 - phi) * nu0 + phi * rt * nu0;
        double t0Own = scenario == AbidarScenario.Baseline ? nu0 : mixed0;
        double t0Rmc = scenario == AbidarScenario.Centralized ? mixed0 : nu0;
        double mu0 = lam * t0Own + r * t0Rmc;
        double ebo0 = PoissonPipeline.ExpectedBackorders(cmcStock, mu0);
        double vbo0 = PoissonPipeline.VarianceOfBackorders(cmcStock, mu0);
        double w0 = lam0 > 0 ? ebo0 / lam0 : 0.0;

        (double mu, double bo, double fill, double variance) Rmc(double rho, double nu, double tau, int stock)
        {
            double tLoc = scenario == AbidarScenario.Decentralized ? (1 - phi) * nu + phi * rt * nu : nu;
            double tauBar = tau; // (1 − φ)τ + φα with α = τ
            double mu = lam * (rho * tLoc + (1 - rho) * (tauBar + w0));
            double f = lam0 > 0 ? lam * (1 - rho) / lam0 : 0.0;
            double variance = lam * rho * tLoc + lam * (1 - rho) * tauBar + f * (1 - f) * ebo0 + f * f * vbo0;
            double fill = stock == 0 ? 0.0 : PoissonPipeline.Cdf(stock - 1, mu);
            return (mu, PoissonPipeline.ExpectedBackorders(stock, mu), fill, variance);
        }

        var s1 = Rmc(rho1, item.RepairTime1, item.ShipTime1, rmc1Stock);
        var s2 = Rmc(rho2, item.RepairTime2, item.ShipTime2, rmc2Stock);
        double system = lam * w0 + s1.bo + s2.bo;
        return new TwoEchelonMetricResult(lam0, mu0, ebo0, w0, lam * w0, s1.mu, s2.mu, s1.bo, s2.bo, s1.fill, s2.fill,
            s1.variance, s2.variance, system, item.UnitPrice * system);
    }
}
