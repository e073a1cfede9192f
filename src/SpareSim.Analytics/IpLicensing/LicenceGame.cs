namespace SpareSim.Analytics.IpLicensing;

/// <summary>
/// The buyers' side of the game: given a contract, each buyer licenses iff Δ(λ_i, F, r) ≥ 0 (ties to
/// the licence, with a relative tolerance so that a fee set to F̄_i is accepted despite rounding),
/// and the OEM earns λ_i(w_T − c) from a traditional buyer and F + λ_i r from a licensee.
/// </summary>
public sealed class LicenceGame
{
    /// <summary>Relative tolerance on Δ = 0 (of the buyer's traditional cost).</summary>
    public const double TieTolerance = 1e-9;

    /// <summary>The game in <paramref name="market"/> with buyers of demand rates <paramref name="rates"/>.</summary>
    public LicenceGame(IpLicenceMarket market, IReadOnlyList<double> rates)
    {
        Market = market ?? throw new ArgumentNullException(nameof(market));
        ArgumentNullException.ThrowIfNull(rates);
        market.Validate();
        if (rates.Count == 0) throw new ArgumentException("at least one buyer is needed", nameof(rates));
        foreach (double l in rates)
            if (!(l > 0) || !double.IsFinite(l)) throw new ArgumentException($"demand rates must be finite and > 0, got {l}", nameof(rates));
        Rates = rates.ToArray();
    }

    /// <summary>The market.</summary>
    public IpLicenceMarket Market { get; }

    /// <summary>The buyers' demand rates.</summary>
    public IReadOnlyList<double> Rates { get; }

    /// <summary>π(∞, 0) = Σ λ_i (w_T − c).</summary>
    public double TraditionalProfit => Rates.Sum(Market.TraditionalProfit);

    /// <summary>Σ Δ(λ_i, 0, 0)⁺: the surplus the licence channel could create.</summary>
    public double MaximalSurplus => Rates.Sum(l => Math.Max(Market.Surplus(l, 0, 0), 0));

    /// <summary>Whether buyer <paramref name="i"/> licenses under <paramref name="contract"/>.</summary>
    public bool Accepts(int i, LicenceContract contract) =>
        !contract.IsNone && Market.Surplus(Rates[i], contract.Fee, contract.Royalty) >= -TieTolerance * Market.TraditionalCost(Rates[i]);

    /// <summary>The outcome of <paramref name="contract"/>.</summary>
    public ContractOutcome Evaluate(LicenceContract contract)
    {
        int n = Rates.Count;
        var licenses = new bool[n];
        var surpluses = new double[n];
        double profit = 0, income = 0, kept = 0;
        for (int i = 0; i < n; i++)
        {
            double l = Rates[i];
            surpluses[i] = contract.IsNone ? double.NegativeInfinity : Market.Surplus(l, contract.Fee, contract.Royalty);
            licenses[i] = Accepts(i, contract);
            if (licenses[i])
            {
                double pa = IpLicenceMarket.LicenceProfit(l, contract.Fee, contract.Royalty);
                profit += pa;
                income += pa;
                kept += Math.Max(surpluses[i], 0);
            }
            else
            {
                profit += Market.TraditionalProfit(l);
            }
        }
        return new ContractOutcome { Contract = contract, Rates = Rates, Licenses = licenses, Surpluses = surpluses, Profit = profit, LicenceIncome = income, LicenseeSurplus = kept };
    }
}
