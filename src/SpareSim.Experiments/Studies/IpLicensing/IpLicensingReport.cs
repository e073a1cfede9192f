using System.Globalization;
using System.Text;
using SpareSim.Analytics.IpLicensing;

namespace SpareSim.Experiments.Studies.IpLicensing;

/// <summary>The report of <see cref="IpLicensingStudy"/>.</summary>
public static class IpLicensingReport
{
    /// <summary>The Markdown report.</summary>
    public static string Write(IpLicensingOptions options, IReadOnlyList<(FactorialReading Reading, List<IpInstanceResult> Results)> readings,
        double[] ratios, double[] prices, TwoBuyerContract[,] map, string commandLine, TimeSpan elapsed)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(readings);
        ArgumentNullException.ThrowIfNull(map);
        var md = new StringBuilder();
        md.AppendLine("# ip-licensing: printing spare parts under IP licence contracts (thesis ch. 5)").AppendLine();
        md.AppendLine(Inv($"Command: `{commandLine}`; {elapsed.TotalSeconds:F1} s. Spec: ../shared/specs/ch45.md part B. Buyer costs of spec B.4 (EOQ + normal safety stock z·√(λL)); the OEM's optimal contract by Theorem 5.2's candidates plus spec B.5's limit candidate \"(F̂, r̂⁺), buyer 1 only\" (r = r̂ + {TwoBuyerContract.LimitStep:G2}·(1 + r̂)), each checked by a brute-force search over r = 0, {options.BruteForceStep:G3}, … with F ∈ {{F̄₁(r), F̄₂(r), 0}} and (∞, 0). c = 125 fixed, w_T = c·(w_T/c), w_A = w_T·(w_A/w_T), K_A = K_T·(K_A/K_T), λ₁ = λ·ratio/(1 + ratio)."));
        md.AppendLine();
        md.AppendLine("## Optimal contract against brute force").AppendLine();
        md.AppendLine("| reading | instances | brute force agrees | brute force better than procedure | max (procedure − brute force)/procedure | Theorem 5.2 alone not optimal | by up to | winners |");
        md.AppendLine("|---|---|---|---|---|---|---|---|");
        foreach (var (reading, results) in readings)
        {
            int better = results.Count(r => r.BruteForce.Best.Profit > r.Problem.Optimal.Outcome.Profit * (1 + 1e-6));
            double gap = results.Max(r => (r.Problem.Optimal.Outcome.Profit - r.BruteForce.Best.Profit) / r.Problem.Optimal.Outcome.Profit);
            var shorts = results.Where(r => r.TheoremShort).ToList();
            double by = shorts.Count == 0 ? 0 : shorts.Max(r => r.Problem.Optimal.Outcome.Profit / r.Problem.TheoremOptimal.Outcome.Profit - 1);
            string winners = string.Join(", ", results.GroupBy(r => r.Problem.Optimal.Name).OrderByDescending(g => g.Count()).Select(g => $"{g.Key} {g.Count()}"));
            md.AppendLine(Inv($"| {reading.Name} (K_T = {reading.TraditionalOrderCost:G6}, z ∈ {{{string.Join(", ", reading.SafetyFactors)}}}) | {results.Count} | {results.Count(r => r.BruteForceAgrees)} | {better} | {100 * gap:F4}% | {shorts.Count} | {100 * by:F2}% | {winners} |"));
        }
        md.AppendLine();
        md.AppendLine("\"Agrees\": the brute force finds nothing better than the procedure (relative 1e-6) and comes within its grid tolerance Δr·Σ(2|∂Δ_i/∂r(0)| + λ_i) of it.").AppendLine();
        foreach (var (reading, results) in readings)
        {
            var shorts = results.Where(r => r.TheoremShort).ToList();
            md.AppendLine(Inv($"### Reading '{reading.Name}': instances where Theorem 5.2's candidates alone are not optimal ({shorts.Count})")).AppendLine();
            if (shorts.Count == 0) { md.AppendLine("None.").AppendLine(); continue; }
            md.AppendLine("| z | λ1+λ2 | w_T/c | w_A/w_T | h | K_A/K_T | λ1/λ2 | Theorem 5.2 best | its profit | optimum | profit | gain | configuration |");
            md.AppendLine("|---|---|---|---|---|---|---|---|---|---|---|---|---|");
            foreach (var r in shorts)
            {
                var i = r.Instance;
                md.AppendLine(Inv($"| {i.SafetyFactor:G4} | {i.TotalRate:G4} | {i.MarginRatio:G4} | {i.PriceRatio:G4} | {i.HoldingRate:G4} | {i.OrderCostRatio:G4} | {i.BuyerRatio:G4} | {r.Problem.TheoremOptimal.Name} | {r.Problem.TheoremOptimal.Outcome.Profit:F2} | {r.Problem.Optimal.Name} | {r.Problem.Optimal.Outcome.Profit:F2} | {100 * (r.Problem.Optimal.Outcome.Profit / r.Problem.TheoremOptimal.Outcome.Profit - 1):F2}% | {r.Configuration.Label()} |"));
            }
            md.AppendLine();
        }
        foreach (var (reading, results) in readings)
        {
            md.AppendLine(Inv($"## Tables 5.3/5.4, reading '{reading.Name}' ({results.Count} instances)")).AppendLine();
            md.AppendLine("Computed values, then the thesis's in brackets. η: denominator reading (spec B.6's errata); η lit.: the literal \"0 unless r̂ > 0\".").AppendLine();
            md.AppendLine("| subset | value | n | π⁺ | η | η lit. | H | C | HS-A | HS-B | HL | DM | DF |");
            md.AppendLine("|---|---|---|---|---|---|---|---|---|---|---|---|---|");
            foreach (var row in IpTableRow.Table(results))
            {
                var p = IpPublished.Find(row.Subset, row.Level);
                string Pub(int k, string format) => p is null ? "" : " [" + p[k].ToString(format, CultureInfo.InvariantCulture) + "]";
                var f = row.Fractions;
                md.AppendLine(Inv($"| {row.Subset} | {(double.IsNaN(row.Level) ? "" : row.Level.ToString("G4", CultureInfo.InvariantCulture))} | {row.Count} | {100 * row.ProfitRatio:F0}%{Pub(0, "F0")} | {100 * row.Extraction:F0}%{Pub(1, "F0")} | {100 * row.ExtractionLiteral:F0}% | {100 * row.Efficiency:F0}% | {f[SupplyChainConfiguration.C]:F2}{Pub(2, "F2")} | {f[SupplyChainConfiguration.HSA]:F2}{Pub(3, "F2")} | {f[SupplyChainConfiguration.HSB]:F2}{Pub(4, "F2")} | {f[SupplyChainConfiguration.HL]:F2}{Pub(5, "F2")} | {f[SupplyChainConfiguration.DM]:F2}{Pub(6, "F2")} | {f[SupplyChainConfiguration.DF]:F2}{Pub(7, "F2")} |"));
            }
            var gaps = results.Select(r => r.Metrics.Efficiency - r.Metrics.Extraction).ToList();
            md.AppendLine();
            md.AppendLine(Inv($"H − η > 1% in {gaps.Count(g => g > 0.01)} of {results.Count} instances, max {100 * gaps.Max():F1}% (thesis: 11 of 2187, max 5.3%). Full decentralisation (DM + DF) {100 * results.Count(r => r.Configuration is SupplyChainConfiguration.DM or SupplyChainConfiguration.DF) / (double)results.Count:F0}%, partial (HS, HL) {100 * results.Count(r => r.Configuration is SupplyChainConfiguration.HSA or SupplyChainConfiguration.HSB or SupplyChainConfiguration.HL) / (double)results.Count:F0}%, centralised {100 * results.Count(r => r.Configuration == SupplyChainConfiguration.C) / (double)results.Count:F0}% (thesis: 63%, 12%, 25%)."));
            md.AppendLine().AppendLine(Inv($"### Qualitative targets (spec B.8), reading '{reading.Name}'")).AppendLine();
            md.AppendLine("| claim | holds | evidence |").AppendLine("|---|---|---|");
            foreach (var c in IpClaims.Check(results)) md.AppendLine($"| {c.Text} | {(c.Holds ? "yes" : "**no**")} | {c.Evidence} |");
            md.AppendLine();
        }
        md.AppendLine("## Figures (shapes; assumed inputs in the titles)").AppendLine();
        var counts = SupplyChainConfigurations.All.ToDictionary(c => c, c => 0);
        foreach (var p in map) counts[p.Classify(p.Optimal.Outcome)]++;
        md.AppendLine(Inv($"Figures 5.4/5.5: {ratios.Length} × {prices.Length} grid, λ₁/λ₂ ∈ [{ratios[0]:G3}, 1], w_A/w_T ∈ [{prices[0]:G3}, 1.5], λ₁ + λ₂ = 15, z = {options.FigureSafetyFactor:G4}; cells per configuration: {string.Join(", ", counts.Select(kv => Inv($"{kv.Key.Label()} {kv.Value}")))}. Figure 5.3 uses λ₁ = {options.FigureRates[0]:G4}, λ₂ = {options.FigureRates[1]:G4} (not given by the thesis)."));
        md.AppendLine();
        foreach (var (file, caption) in new[] { ("figure-5-2.png", "Figure 5.2"), ("figure-5-3a.png", "Figure 5.3a"), ("figure-5-3b.png", "Figure 5.3b"), ("figure-5-4.png", "Figure 5.4"), ("figure-5-5a.png", "Figure 5.5a"), ("figure-5-5b.png", "Figure 5.5b") })
            md.AppendLine($"![{caption}]({file})").AppendLine();
        md.AppendLine("Files: `instances.parquet` (one row per reading and instance: factor levels, configuration, winning candidate, contract, profit, Theorem 5.2's best, brute force, r̂, F̂, π⁺, η, H in both readings).");
        return md.ToString();
    }

    private static string Inv(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
