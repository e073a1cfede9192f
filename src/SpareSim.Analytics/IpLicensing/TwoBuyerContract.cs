namespace SpareSim.Analytics.IpLicensing;

/// <summary>
/// The OEM's optimal contract with two buyers λ₁ &lt; λ₂ (or one, or identical buyers): Theorem 5.2's
/// candidates — (F̄₁(0), 0), (F̄₂(0), 0), (F̂, r̂) when r̂ ≥ 0, and (∞, 0) — plus the candidate
/// spec B.5 found missing: only buyer 1 licenses just above r̂, (F̄₁(r̂ + δ), r̂ + δ), whose profit
/// F̂ + r̂λ₁ + λ₂(w_T − c) the theorem's proof misses because it drops buyer 2's traditional margin.
/// Every candidate is evaluated with the acceptance rule Δ ≥ 0 per buyer; infeasible ones (F &lt; 0
/// or r &lt; 0) are dropped.
/// </summary>
public sealed class TwoBuyerContract
{
    /// <summary>Step above r̂ of the limit candidate, relative to (1 + r̂): the supremum is approached within δ·|∂π/∂r|.</summary>
    public const double LimitStep = 1e-4;

    private readonly LicenceGame _game;

    /// <summary>The problem with buyers <paramref name="rates"/> (one or two; sorted here, smaller first).</summary>
    public TwoBuyerContract(IpLicenceMarket market, IReadOnlyList<double> rates)
    {
        ArgumentNullException.ThrowIfNull(rates);
        if (rates.Count is < 1 or > 2) throw new ArgumentException($"one or two buyers, got {rates.Count}", nameof(rates));
        _game = new LicenceGame(market, rates.Order().ToArray());
        Candidates = BuildCandidates();
        Optimal = Best(Candidates);
        TheoremOptimal = Best(Candidates.Where(c => c.FromTheorem).ToList());
    }

    /// <summary>The game (buyers sorted, smaller first).</summary>
    public LicenceGame Game => _game;

    /// <summary>Every feasible candidate.</summary>
    public IReadOnlyList<ContractCandidate> Candidates { get; }

    /// <summary>The best candidate (first of the best on ties, Theorem 5.2's first).</summary>
    public ContractCandidate Optimal { get; }

    /// <summary>The best of Theorem 5.2's candidates alone.</summary>
    public ContractCandidate TheoremOptimal { get; }

    /// <summary>(F̂, r̂): the contract leaving both buyers zero surplus (Lemma 5.2), or null for one buyer or identical buyers.</summary>
    public LicenceContract? EqualSurplus => EqualSurplusContract(_game.Market, _game.Rates);

    /// <summary>(F̂, r̂) of two distinct buyers (spec B.4's closed form for û = √(w_A + r̂)); null otherwise.</summary>
    public static LicenceContract? EqualSurplusContract(IpLicenceMarket market, IReadOnlyList<double> rates)
    {
        ArgumentNullException.ThrowIfNull(market);
        ArgumentNullException.ThrowIfNull(rates);
        if (rates.Count != 2 || rates[0] == rates[1]) return null;
        double l1 = Math.Min(rates[0], rates[1]), l2 = Math.Max(rates[0], rates[1]);
        var (a1, b1) = market.LicensedCoefficients(l1);
        var (a2, b2) = market.LicensedCoefficients(l2);
        double da = a2 - a1, db = b2 - b1, dc = market.TraditionalCost(l2) - market.TraditionalCost(l1);
        double u = (-db + Math.Sqrt(db * db + 4 * da * dc)) / (2 * da);
        double r = u * u - market.PrintPrice;
        return new LicenceContract(market.MaxFee(l1, r), r);
    }

    /// <summary>The configuration of <paramref name="outcome"/> (spec B.6's classification).</summary>
    public SupplyChainConfiguration Classify(ContractOutcome outcome)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        var rates = _game.Rates;
        bool first = outcome.Licenses[0], last = outcome.Licenses[^1];
        if (!first && !last) return SupplyChainConfiguration.C;
        if (rates.Count == 1 || (first && last)) return outcome.Contract.Royalty > 0 ? SupplyChainConfiguration.DM : SupplyChainConfiguration.DF;
        if (last) return SupplyChainConfiguration.HL;
        return _game.Market.Surplus(rates[1], 0, 0) < 0 ? SupplyChainConfiguration.HSA : SupplyChainConfiguration.HSB;
    }

    private List<ContractCandidate> BuildCandidates()
    {
        var m = _game.Market;
        var rates = _game.Rates;
        var list = new List<ContractCandidate>();
        void Add(string name, bool theorem, LicenceContract contract)
        {
            if (contract.IsNone || contract.IsFeasible) list.Add(new ContractCandidate(name, theorem, _game.Evaluate(contract)));
        }
        for (int i = 0; i < rates.Count; i++) Add($"F{i + 1}(0)", true, new LicenceContract(m.MaxFee(rates[i], 0), 0));
        if (EqualSurplus is { } hat)
        {
            Add("(F^,r^)", true, hat);
            // For r > r̂ the small buyer's F̄₁(r) exceeds F̄₂(r) (Lemma 5.1(v)): only he licenses; profit falls with r (Lemma 5.3), so the supremum is at r̂⁺.
            double r = hat.Royalty + LimitStep * (1 + Math.Abs(hat.Royalty));
            if (hat.Royalty >= 0) Add("(F^,r^+) buyer 1", false, new LicenceContract(m.MaxFee(rates[0], r), r));
        }
        Add("none", true, LicenceContract.None);
        return list;
    }

    private static ContractCandidate Best(IReadOnlyList<ContractCandidate> candidates)
    {
        var best = candidates[0];
        foreach (var c in candidates)
            if (c.Outcome.Profit > best.Outcome.Profit) best = c;
        return best;
    }
}
