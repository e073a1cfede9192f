namespace SpareSim.Analytics.MultiEchelon;

/// <summary>
/// PAPER-FAITHFUL computation (spec §1.8) that reproduces the numbers printed by Abidar &amp; Chaabane
/// (Tables 4–6, Appendix C). It is NOT a physical METRIC model: the stock level s is used both as the
/// stock of every CMC pool (to get the CMC delay W) and as the stock held against the sum of all
/// pipelines M, so the CMC and RMC pipelines are double counted. Use
/// <see cref="EchelonMetric"/> for physical conclusions. Demand is λ0 = λ1 = λ2 = m, AM times are γ = rt·ν, AM shipping α = τ,
/// and the same AM probability φ applies at every site.
/// </summary>
public static class AbidarPaperFaithfulEbo
{
    /// <summary>Evaluates the PF expected backorders and its intermediates for one experiment cell.</summary>
    /// <param name="item">Table 3 inputs.</param>
    /// <param name="scenario">Scenario B, C or D.</param>
    /// <param name="demand">m, annual demand per site.</param>
    /// <param name="amTimeRatio">rt = AM time / CP time (0.5, 1 or 2; App. C prints 1 as "0").</param>
    /// <param name="amProbability">φ in [0, 1]; ignored by the baseline.</param>
    /// <param name="stock">Stock level s ≥ 0.</param>
    public static AbidarPaperFaithfulResult Evaluate(
        AbidarItem item, AbidarScenario scenario, double demand, double amTimeRatio, double amProbability, int stock)
    {
        ArgumentNullException.ThrowIfNull(item);
        if (!(demand >= 0)) throw new ArgumentOutOfRangeException(nameof(demand));
        if (!(amTimeRatio >= 0)) throw new ArgumentOutOfRangeException(nameof(amTimeRatio));
        if (!(amProbability >= 0 && amProbability <= 1)) throw new ArgumentOutOfRangeException(nameof(amProbability));
        if (stock < 0) throw new ArgumentOutOfRangeException(nameof(stock));

        double lam = demand, phi = scenario == AbidarScenario.Baseline ? 0.0 : amProbability;
        double nu0 = item.RepairTimeCmc, gamma0 = amTimeRatio * nu0;
        double rho1 = item.RepairProbability1, rho2 = item.RepairProbability2;
        double r = lam * (1 - rho1) + lam * (1 - rho2);
        double lam0 = lam * 1.0 + r; // ρ0 = 1

        double cpRate, amRate;
        switch (scenario)
        {
            case AbidarScenario.Baseline: cpRate = lam0; amRate = 0; break;
            case AbidarScenario.Centralized: cpRate = (1 - phi) * lam0; amRate = phi * lam0; break;
            case AbidarScenario.Decentralized: cpRate = (1 - phi) * lam + r; amRate = phi * lam; break;
            default: throw new ArgumentOutOfRangeException(nameof(scenario));
        }

        double muCp = nu0 * cpRate, muAm = gamma0 * amRate;
        double eboCp = PoissonPipeline.ExpectedBackorders(stock, muCp);
        double eboAm = scenario == AbidarScenario.Centralized ? PoissonPipeline.ExpectedBackorders(stock, muAm) : 0.0;
        double wCp = cpRate > 0 ? eboCp / cpRate : 0.0;
        double wAm = amRate > 0 && scenario == AbidarScenario.Centralized ? eboAm / amRate : 0.0;

        double Rmc(double rho, double nu, double tau)
        {
            return scenario switch
            {
                AbidarScenario.Baseline => lam * (rho * nu + (1 - rho) * (tau + wCp)),
                AbidarScenario.Centralized => lam * (rho * nu + (1 - rho) * ((1 - phi) * (tau + wCp) + phi * (tau + wAm))),
                _ => lam * (rho * ((1 - phi) * nu + phi * amTimeRatio * nu) + (1 - rho) * (tau + wCp)),
            };
        }

        double mu1 = Rmc(rho1, item.RepairTime1, item.ShipTime1);
        double mu2 = Rmc(rho2, item.RepairTime2, item.ShipTime2);
        double total = muCp + muAm + mu1 + mu2;
        double ebo = PoissonPipeline.ExpectedBackorders(stock, total);
        return new AbidarPaperFaithfulResult(cpRate, amRate, muCp, muAm, eboCp, eboAm, wCp, wAm, mu1, mu2, total, ebo, item.UnitPrice * ebo);
    }
}
