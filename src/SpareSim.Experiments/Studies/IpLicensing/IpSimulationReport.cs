using System.Globalization;
using System.Text;
using ScottPlot;
using SpareSim.Experiments.Studies.DualSourcingValidation;

namespace SpareSim.Experiments.Studies.IpLicensing;

/// <summary>The report and plot of <see cref="IpSimulationStudy"/>.</summary>
public static class IpSimulationReport
{
    /// <summary>Writes report.md and formula-error.png into the study's output folder.</summary>
    public static void Write(IpSimulationOptions options, IReadOnlyList<SummaryRow> validation, IReadOnlyList<SummaryRow> surplus, IReadOnlyList<SummaryRow> lemma,
        string commandLine, TimeSpan elapsed)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(validation);
        ArgumentNullException.ThrowIfNull(surplus);
        ArgumentNullException.ThrowIfNull(lemma);
        Plot(Path.Combine(options.Output, "formula-error.png"), validation);
        var md = new StringBuilder();
        md.AppendLine("# ip-licensing-simulation: chapter-5 buyers simulated (spec B.9)").AppendLine();
        md.AppendLine(Inv($"Command: `{commandLine}`; {elapsed.TotalSeconds:F1} s. Each buyer: (s, Q) with s = round(λL + z√(λL)), Q = max(1, round(EOQ)), Poisson demand, deterministic lead time, backorders, on the supply-network engine (reorder-point controller), {options.Replications} replications × {options.RunLength:G6} years after {options.WarmUp:G6} years of warm-up, all scenarios on the same demand stream (common random numbers). Table 5.1: c = 125, w_T = 150, w_A = {options.PrintPrice:G6}, h = 0.2, L_T = 0.33, L_A = 0.033, K_T = 2500, K_A = 250; z = Φ⁻¹(β)."));
        md.AppendLine();
        md.AppendLine("Simulated cost: h·v·(on hand + pipeline) + K·(orders per year) + purchases (+ F), the accounting of spec B.4's formula. **formula**: spec B.4's normal approximation with continuous s and Q (the thesis's C_T, C_A); **exact**: the rounded (s, Q) under Poisson demand (Hadley–Whitin), the independent check of the simulation; error = (formula − simulated)/simulated, mean and 95% CI over replications. Fill rate: demands met from stock; cycle service level: orders whose cycle had no stockout (1 − stockout occasions per order); β is the target the thesis sets with z.").AppendLine();
        int covered = validation.Count(r => r.Numbers["exact_covered"] == 1);
        md.AppendLine(Inv($"The simulated cost's 95% CI covers the exact Poisson cost in {covered} of {validation.Count} scenarios.")).AppendLine();
        md.AppendLine("| channel | λ | β | s | Q | formula | exact | simulated (95% CI) | formula error (95% CI) | fill rate sim (CI) | exact | CSL sim (CI) | exact | β met (fill / CSL) |");
        md.AppendLine("|---|---|---|---|---|---|---|---|---|---|---|---|---|---|");
        foreach (var r in validation.OrderBy(r => r.Texts["channel"], StringComparer.Ordinal).ThenBy(r => r.Numbers["lambda"]).ThenBy(r => r.Numbers["beta"]))
        {
            var n = r.Numbers;
            string met = $"{Met(n["sim_fill_rate_high"], n["sim_fill_rate_low"], n["beta"])} / {Met(n["sim_cycle_service_high"], n["sim_cycle_service_low"], n["beta"])}";
            md.AppendLine(Inv($"| {r.Texts["channel"]} | {n["lambda"]:G4} | {n["beta"]:G4} | {n["s"]:F0} | {n["q"]:F0} | {n["formula_cost"]:F1} | {n["exact_cost"]:F1} | {n["sim_cost"]:F1} [{n["sim_cost_low"]:F1}, {n["sim_cost_high"]:F1}] | {100 * n["formula_error"]:F2}% [{100 * n["formula_error_low"]:F2}, {100 * n["formula_error_high"]:F2}] | {n["sim_fill_rate"]:F4} [{n["sim_fill_rate_low"]:F4}, {n["sim_fill_rate_high"]:F4}] | {n["exact_fill_rate"]:F4} | {n["sim_cycle_service"]:F4} [{n["sim_cycle_service_low"]:F4}, {n["sim_cycle_service_high"]:F4}] | {n["exact_cycle_service"]:F4} | {met} |"));
        }
        md.AppendLine();
        md.AppendLine("β met: \"yes\" when the whole CI is at or above β, \"no\" when the whole CI is below, \"≈\" when the CI contains β.").AppendLine();
        md.AppendLine("Formula error by λ (all β and channels pooled: mean of the scenario means, and the range):").AppendLine();
        md.AppendLine("| λ | channel | mean error | min | max |").AppendLine("|---|---|---|---|---|");
        foreach (var g in validation.GroupBy(r => (r.Numbers["lambda"], r.Texts["channel"])).OrderBy(g => g.Key.Item2, StringComparer.Ordinal).ThenBy(g => g.Key.Item1))
            md.AppendLine(Inv($"| {g.Key.Item1:G4} | {g.Key.Item2} | {100 * g.Average(r => r.Numbers["formula_error"]):F2}% | {100 * g.Min(r => r.Numbers["formula_error"]):F2}% | {100 * g.Max(r => r.Numbers["formula_error"]):F2}% |"));
        md.AppendLine().AppendLine("![formula error](formula-error.png)").AppendLine();
        md.AppendLine("OEM ledger of the traditional buyers (simulated margin w_T − c per unit bought; under licence these scenarios have F = r = 0, the licence ledger is in the Lemma 5.3 section):").AppendLine();
        md.AppendLine("| channel | λ | β | OEM profit sim (CI) | formula λ(w_T − c) |").AppendLine("|---|---|---|---|---|");
        foreach (var r in validation.Where(r => r.Texts["channel"] == "T").OrderBy(r => r.Numbers["lambda"]).ThenBy(r => r.Numbers["beta"]))
        {
            var n = r.Numbers;
            md.AppendLine(Inv($"| {r.Texts["channel"]} | {n["lambda"]:G4} | {n["beta"]:G4} | {n["sim_oem_profit"]:F2} [{n["sim_oem_profit_low"]:F2}, {n["sim_oem_profit_high"]:F2}] | {n["formula_oem_profit"]:F2} |"));
        }
        md.AppendLine();
        md.AppendLine("## Buyer surplus Δ(λ, 0, 0) = C_T − C_A and the channel choice (paired: both channels on the same demands)").AppendLine();
        md.AppendLine("| λ | β | formula | exact (rounded s, Q) | simulated (paired 95% CI) | formula picks | simulation picks |").AppendLine("|---|---|---|---|---|---|---|");
        foreach (var r in surplus)
        {
            var n = r.Numbers;
            md.AppendLine(Inv($"| {n["lambda"]:G4} | {n["beta"]:G4} | {n["formula_surplus"]:F1} | {n["exact_surplus"]:F1} | {n["sim_surplus"]:F1} [{n["sim_surplus_low"]:F1}, {n["sim_surplus_high"]:F1}] | {(n["formula_licenses"] == 1 ? "licence" : "traditional")} | {r.Texts["sim_choice"]} |"));
        }
        int agree = surplus.Count(r => r.Texts["sim_choice"] == (r.Numbers["formula_licenses"] == 1 ? "licence" : "traditional"));
        md.AppendLine().AppendLine(Inv($"The simulated channel choice agrees with the formula's in {agree} of {surplus.Count} (λ, β) pairs.")).AppendLine();

        md.AppendLine(Inv($"## Lemma 5.3: royalties destroy value (paired simulation, λ = {options.LemmaRate:G4}, z = {options.LemmaSafetyFactor:G4})")).AppendLine();
        md.AppendLine("Each royalty r with the fee F̄(r) that leaves the buyer zero surplus by spec B.4; the buyer re-optimises Q for the value w_A + r. OEM profit = F̄(r) + r·(units bought per year, simulated). Value destroyed = rise of the buyer's cost net of the transfers to the OEM (fee and royalties), paired with the first royalty on the same demands; Lemma 5.3 says it is positive and the OEM's profit falls.").AppendLine();
        md.AppendLine("| r | F̄(r) | s | Q | buyer cost sim (CI) | formula | OEM profit sim (CI) | formula | OEM profit change vs first (paired CI) | value destroyed sim (paired CI) | formula |");
        md.AppendLine("|---|---|---|---|---|---|---|---|---|---|---|");
        foreach (var r in lemma)
        {
            var n = r.Numbers;
            md.AppendLine(Inv($"| {n["royalty"]:G6} | {n["fee"]:F1} | {n["s"]:F0} | {n["q"]:F0} | {n["sim_cost"]:F1} [{n["sim_cost_low"]:F1}, {n["sim_cost_high"]:F1}] | {n["formula_cost"]:F1} | {n["sim_oem_profit"]:F1} [{n["sim_oem_profit_low"]:F1}, {n["sim_oem_profit_high"]:F1}] | {n["formula_oem_profit"]:F1} | {n["oem_profit_change"]:F2} [{n["oem_profit_change_low"]:F2}, {n["oem_profit_change_high"]:F2}] | {n["value_destroyed"]:F2} [{n["value_destroyed_low"]:F2}, {n["value_destroyed_high"]:F2}] | {n["formula_value_destroyed"]:F2} |"));
        }
        var rest = lemma.Skip(1).ToList();
        md.AppendLine();
        md.AppendLine(Inv($"Value destroyed significantly > 0 in {rest.Count(r => r.Numbers["value_destroyed_low"] > 0)} of {rest.Count} royalties; OEM profit significantly lower in {rest.Count(r => r.Numbers["oem_profit_change_high"] < 0)} of {rest.Count}."));
        md.AppendLine().AppendLine("Files: `validation.parquet`, `surplus.parquet`, `lemma-5-3.parquet` (one row per scenario or pair), `buyer.network.json` (the model file), `simulation.json` and `simulation/` (the runner's experiment and replications).");
        File.WriteAllText(Path.Combine(options.Output, "report.md"), md.ToString());
    }

    private static string Met(double high, double low, double target) => low >= target ? "yes" : high < target ? "no" : "≈";

    private static void Plot(string path, IReadOnlyList<SummaryRow> rows)
    {
        var plot = new Plot();
        var betas = rows.Select(r => r.Numbers["beta"]).Distinct().Order().ToList();
        Color[] palette = [Colors.Blue, Colors.Red, Colors.Green, Colors.Orange, Colors.Purple, Colors.Brown];
        int k = 0;
        foreach (var channel in new[] { "T", "A" })
            foreach (double beta in betas)
            {
                var sel = rows.Where(r => r.Texts["channel"] == channel && r.Numbers["beta"] == beta).OrderBy(r => r.Numbers["lambda"]).ToList();
                if (sel.Count == 0) continue;
                double shift = (k - betas.Count) * 0.12;
                var xs = sel.Select(r => r.Numbers["lambda"] + shift).ToArray();
                var ys = sel.Select(r => 100 * r.Numbers["formula_error"]).ToArray();
                var es = sel.Select(r => 50 * (r.Numbers["formula_error_high"] - r.Numbers["formula_error_low"])).ToArray();
                var color = palette[k % palette.Length];
                var bars = plot.Add.ErrorBar(xs, ys, es);
                bars.Color = color;
                var points = plot.Add.ScatterPoints(xs, ys);
                points.Color = color;
                points.MarkerShape = channel == "T" ? MarkerShape.FilledCircle : MarkerShape.FilledSquare;
                points.LegendText = Inv($"{channel}, β = {beta:G4}");
                k++;
            }
        plot.Add.HorizontalLine(0).Color = Colors.Gray;
        plot.XLabel("demand rate λ (per year)");
        plot.YLabel("(formula − simulated) / simulated cost (%)");
        plot.Title("Spec B.4's normal-approximation cost against simulation (95% CI)");
        plot.ShowLegend(Alignment.UpperRight);
        plot.SavePng(path, 900, 560);
    }

    private static string Inv(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
