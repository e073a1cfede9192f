namespace SpareSim.Analytics.IpLicensing;

/// <summary>
/// An independent check of the optimal contract: every royalty on a grid r = 0, Δr, 2Δr, … up to the
/// largest r̄_i(0) (beyond it nobody licenses with F ≥ 0), each with the fees that can be optimal
/// for that r — F̄_i(r) of every buyer and F = 0 — plus (∞, 0), each evaluated with the acceptance
/// rule. Between grid points the profit is continuous within an acceptance set, so the grid's best
/// lies within Δr·max|∂π/∂r| of the supremum (<see cref="Tolerance"/>).
/// </summary>
public sealed class ContractBruteForce
{
    /// <summary>Searches the contracts of <paramref name="game"/> with royalty step <paramref name="step"/>.</summary>
    public ContractBruteForce(LicenceGame game, double step)
    {
        ArgumentNullException.ThrowIfNull(game);
        if (!(step > 0) || !double.IsFinite(step)) throw new ArgumentOutOfRangeException(nameof(step), step, "must be finite and > 0");
        var m = game.Market;
        double top = game.Rates.Select(l => m.MaxRoyalty(l, 0)).Where(double.IsFinite).DefaultIfEmpty(0).Max();
        var best = game.Evaluate(LicenceContract.None);
        long evaluated = 1;
        int points = top > 0 ? (int)Math.Ceiling(top / step) : 0;
        for (int k = 0; k <= points; k++)
        {
            double r = Math.Min(k * step, Math.Max(top, 0));
            foreach (double fee in game.Rates.Select(l => m.MaxFee(l, r)).Append(0))
            {
                var contract = new LicenceContract(fee, r);
                if (!contract.IsFeasible) continue;
                var outcome = game.Evaluate(contract);
                evaluated++;
                if (outcome.Profit > best.Profit) best = outcome;
            }
        }
        Best = best;
        Evaluated = evaluated;
        // |∂π/∂r| ≤ Σ_i (|∂Δ_i/∂r| + λ_i) for F = F̄_j(r) (F̄ follows Δ); |∂Δ/∂r| is largest at r = 0 (Δ convex in r).
        Tolerance = step * game.Rates.Sum(l => Math.Abs(m.SurplusRoyaltySlope(l, 0)) * game.Rates.Count + l);
    }

    /// <summary>The best contract found.</summary>
    public ContractOutcome Best { get; }

    /// <summary>Contracts evaluated.</summary>
    public long Evaluated { get; }

    /// <summary>How far below the supremum the grid's best may lie.</summary>
    public double Tolerance { get; }
}
