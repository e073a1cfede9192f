namespace SpareSim.Analytics.IpLicensing;

/// <summary>
/// The factorial's measures of a contract (spec B.6): π⁺ = π(F, r)/π(∞, 0); the surplus-extraction
/// ratio η = Σ_licensees π_A / Σ_i Δ(λ_i, 0, 0)⁺ and the supply-chain efficiency
/// H = Σ_licensees (π_A + Δ_i) / Σ_i Δ(λ_i, 0, 0)⁺. The thesis sets η and H to 0 "if r̂ ≤ 0"; spec
/// B.6 reads that as a typo for "if the denominator is 0". Both readings are given.
/// </summary>
/// <param name="ProfitRatio">π⁺.</param>
/// <param name="Extraction">η, denominator reading (0 when no surplus exists).</param>
/// <param name="Efficiency">H, denominator reading.</param>
/// <param name="ExtractionLiteral">η, literal reading (0 unless r̂ &gt; 0).</param>
/// <param name="EfficiencyLiteral">H, literal reading.</param>
public readonly record struct ContractMetrics(double ProfitRatio, double Extraction, double Efficiency, double ExtractionLiteral, double EfficiencyLiteral)
{
    /// <summary>The measures of <paramref name="outcome"/> in <paramref name="problem"/>.</summary>
    public static ContractMetrics Of(TwoBuyerContract problem, ContractOutcome outcome)
    {
        ArgumentNullException.ThrowIfNull(problem);
        ArgumentNullException.ThrowIfNull(outcome);
        var game = problem.Game;
        double surplus = game.MaximalSurplus;
        double eta = surplus > 0 ? outcome.LicenceIncome / surplus : 0;
        double h = surplus > 0 ? (outcome.LicenceIncome + outcome.LicenseeSurplus) / surplus : 0;
        bool literal = problem.EqualSurplus is { Royalty: > 0 };
        return new ContractMetrics(outcome.Profit / game.TraditionalProfit, eta, h, literal ? eta : 0, literal ? h : 0);
    }
}
