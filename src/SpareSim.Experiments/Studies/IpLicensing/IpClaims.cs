using System.Globalization;
using SpareSim.Analytics.IpLicensing;

namespace SpareSim.Experiments.Studies.IpLicensing;

/// <summary>
/// Spec B.8's qualitative targets, checked on a reading's instances with counts: the share of C
/// grows with λ, w_A/w_T, K_A/K_T and w_T/c and falls with h (per level, and pair by pair:
/// instances that differ only in that factor's adjacent levels where the order is broken); HL never
/// occurs; λ₁/λ₂ = 1 gives only C or DF; unequal buyers give mostly DM.
/// </summary>
public static class IpClaims
{
    /// <summary>One claim: text, holds, evidence.</summary>
    public sealed record Claim(string Text, bool Holds, string Evidence);

    /// <summary>The claims on <paramref name="results"/>.</summary>
    public static List<Claim> Check(IReadOnlyList<IpInstanceResult> results)
    {
        ArgumentNullException.ThrowIfNull(results);
        var claims = new List<Claim>();
        foreach (var (label, grows) in new[] { ("λ1+λ2", true), ("w_A/w_T", true), ("K_A/K_T", true), ("w_T/c", true), ("h", false) })
            claims.Add(Monotone(results, IpFactor.Named(label), grows));
        int hl = results.Count(r => r.Configuration == SupplyChainConfiguration.HL);
        claims.Add(new Claim("HL never occurs", hl == 0, Inv($"{hl} of {results.Count} instances are HL")));
        var equal = results.Where(r => r.Instance.BuyerRatio == 1).ToList();
        int other = equal.Count(r => r.Configuration is not (SupplyChainConfiguration.C or SupplyChainConfiguration.DF));
        claims.Add(new Claim("λ1/λ2 = 1 gives only C or DF", equal.Count > 0 && other == 0, Inv($"{other} of {equal.Count} instances with λ1 = λ2 are neither C nor DF")));
        var unequal = results.Where(r => r.Instance.BuyerRatio < 1).ToList();
        if (unequal.Count > 0)
        {
            var counts = SupplyChainConfigurations.All.ToDictionary(c => c, c => unequal.Count(r => r.Configuration == c));
            int dm = counts[SupplyChainConfiguration.DM];
            bool plurality = counts.All(kv => kv.Key == SupplyChainConfiguration.DM || kv.Value <= dm);
            claims.Add(new Claim("unequal buyers give mostly DM", plurality && 2 * dm > unequal.Count,
                Inv($"DM in {dm} of {unequal.Count} instances with λ1 < λ2 ({100.0 * dm / unequal.Count:F1}%); ") +
                string.Join(", ", counts.Select(kv => Inv($"{kv.Key.Label()} {kv.Value}")))));
        }
        return claims;
    }

    private static Claim Monotone(IReadOnlyList<IpInstanceResult> results, IpFactor factor, bool grows)
    {
        var levels = results.Select(r => factor.Level(r.Instance)).Distinct().Order().ToList();
        var shares = levels.Select(l => results.Where(r => factor.Level(r.Instance) == l).Average(r => r.Configuration == SupplyChainConfiguration.C ? 1.0 : 0.0)).ToList();
        bool ordered = true;
        for (int k = 1; k < shares.Count; k++) ordered &= grows ? shares[k] >= shares[k - 1] : shares[k] <= shares[k - 1];
        ordered &= shares.Count > 1 && shares[^1] != shares[0];
        // Pairs: same other factors, adjacent levels; broken when the "more centralising" level is not C but the other is.
        int pairs = 0, broken = 0;
        foreach (var group in results.GroupBy(r => factor.OthersKey(r.Instance)))
        {
            var byLevel = group.ToDictionary(r => factor.Level(r.Instance));
            for (int k = 1; k < levels.Count; k++)
            {
                if (!byLevel.TryGetValue(levels[k - 1], out var lo) || !byLevel.TryGetValue(levels[k], out var hi)) continue;
                pairs++;
                var (less, more) = grows ? (lo, hi) : (hi, lo);
                if (less.Configuration == SupplyChainConfiguration.C && more.Configuration != SupplyChainConfiguration.C) broken++;
            }
        }
        string direction = grows ? "grows" : "falls";
        return new Claim($"C {direction} with {factor.Label}", ordered,
            Inv($"C share by level {string.Join(" / ", levels.Select((l, k) => Inv($"{l:G4}: {shares[k]:F3}")))}; {broken} of {pairs} adjacent pairs break the order"));
    }

    private static string Inv(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
