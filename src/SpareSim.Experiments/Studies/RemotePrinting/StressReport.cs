using System.Globalization;
using System.Text;
using ScottPlot;
using SpareSim.Experiments.Studies.DualSourcingValidation;

namespace SpareSim.Experiments.Studies.RemotePrinting;

/// <summary>report.md and cost-by-scenario.png of the stress study.</summary>
public static class StressReport
{
    private static readonly string[] Kinds = ["chapter", "safety stock", "re-optimized", "availability restored"];

    /// <summary>Writes the report and the plot into the output folder.</summary>
    public static void Write(StressOptions options, StressPolicy chapter, double analytic, double analyticAvailability, IReadOnlyList<SummaryRow> rows, TimeSpan elapsed, string commandLine)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(chapter);
        ArgumentNullException.ThrowIfNull(rows);
        int l = options.Site.CycleLength;
        SavePlot(Path.Combine(options.Output, "cost-by-scenario.png"), options, rows, analytic);
        var md = new StringBuilder();
        md.AppendLine("# Stress test: the chapter's optimal remote-site policy outside its model").AppendLine();
        md.AppendLine(Inv($"Site: the Table 3.1 instance (N = {options.Site.InstalledBase}, L = {l}, c_r = {options.Site.RegularCost}, c_p = {options.Site.PrintCost}, p_r = {options.Site.RegularFailureProbability}, p_p = {options.Site.PrintedFailureProbability}, h = {options.Site.HoldingCost}, b = {options.Site.BackorderCost}). The chapter's policy is the MDP optimum {chapter.Describe(l)}, analytic cost {analytic:F5} per day in the chapter's model. It backorders while a convoy is overdue (its n = 1 action)."));
        md.AppendLine().AppendLine(Inv($"Each policy: {options.Replications} replications × {options.Days:N0} days (seed {options.MasterSeed}, the same streams for every policy of a scenario, so the difference to the chapter's policy is paired). \"Safety stock\": the best base stock with the chapter's threshold; \"re-optimized\": the best of S ∈ {{{string.Join(", ", options.BaseStocks)}}} × n_p ∈ {{{string.Join(", ", options.PrintThresholds)}}} × (print while overdue: yes/no), \"availability restored\": the cheapest grid policy whose availability at day ends reaches the chapter policy's analytic availability in its own model ({analyticAvailability:F5}; the most available one if none does); all chosen on {options.SearchReplications} × {options.SearchDays:N0} days with a separate seed ({options.SearchSeed}) and then evaluated. Command: `{commandLine}`; {elapsed.TotalSeconds:F0} s."));
        md.AppendLine().AppendLine("Simulated by the supply-network engine: each scenario's site is `scenarios/SCENARIO/remote-site.network.json`, its search and evaluation runs are the experiments `scenarios/SCENARIO/search/simulation.json` and `.../evaluation/simulation.json` (resumable, shardable). A convoy is loaded when it leaves and a delay holds it on the way: failures during a delay wait for the next convoy (the retired day model let a late convoy bring the site up to S at arrival). Printer breakdowns are an alternating-renewal outage disruption of the printer.");
        md.AppendLine().AppendLine("## Scenarios").AppendLine();
        md.AppendLine("| scenario | disruption |").AppendLine("|---|---|");
        foreach (var s in options.Scenarios) md.AppendLine($"| {s.Name} | {Describe(s)} |");
        md.AppendLine().AppendLine("## Results (mean, 95% CI)").AppendLine();
        md.AppendLine("| scenario | policy | cost/day | vs chapter's policy (paired) | availability at day ends | prints/day | print requests not met/day | recovered |");
        md.AppendLine("|---|---|---|---|---|---|---|---|");
        foreach (var group in rows.GroupBy(r => r.Texts["scenario"]))
        {
            double chapterCost = group.First(r => r.Texts["policy_kind"] == "chapter").Numbers["sim_mean_cost_per_day"];
            foreach (var r in group)
            {
                var n = r.Numbers;
                bool isChapter = r.Texts["policy_kind"] == "chapter";
                string recovered = isChapter || r.Texts["policy_kind"] == "availability restored" || chapterCost - analytic <= 0 ? "" : Inv($"{100 * (chapterCost - n["sim_mean_cost_per_day"]) / (chapterCost - analytic):F0}%");
                string difference = isChapter ? Inv($"{n["sim_mean_cost_per_day"] - analytic:+0.000;-0.000} vs the analytic model") : Inv($"{n["difference_vs_chapter"]:+0.000;-0.000} [{n["difference_ci_low"]:F3}, {n["difference_ci_high"]:F3}]");
                md.AppendLine(Inv($"| {group.Key} | {r.Texts["policy_kind"]}: {r.Texts["policy"]} | {n["sim_mean_cost_per_day"]:F4} [{n["sim_ci_low"]:F4}, {n["sim_ci_high"]:F4}] | {difference} | {n["availability"]:F5} [{n["availability_ci_low"]:F5}, {n["availability_ci_high"]:F5}] | {n["prints_per_day"]:F5} | {n["unmet_print_requests_per_day"]:F5} | {recovered} |"));
            }
        }
        md.AppendLine().AppendLine("\"Recovered\": the share of the chapter policy's extra cost over the analytic cost of the undisrupted model that the alternative removes. Availability is counted at day ends, where the chapter charges b; printing at n = 1 (n_p = 1) leaves no down system at any day end, hence 1.00000. A simulated \"chapter model\" scenario gives the baseline's own sampling error.");
        md.AppendLine().AppendLine("![cost by scenario](cost-by-scenario.png)");
        File.WriteAllText(Path.Combine(options.Output, "report.md"), md.ToString());
    }

    private static string Describe(StressScenarioOptions s)
    {
        var parts = new List<string>();
        if (s.ConvoyCancellationProbability > 0) parts.Add(Inv($"convoy cancelled with probability {s.ConvoyCancellationProbability}"));
        if (s.ConvoyDelayDays.Length > 0) parts.Add(Inv($"convoy delay (days) resampled from [{string.Join(", ", s.ConvoyDelayDays)}]"));
        if (s.PrinterMeanUptimeDays > 0) parts.Add(Inv($"printer breaks down every {s.PrinterMeanUptimeDays} days on average, repair {s.PrinterMeanRepairDays} days (exponential)"));
        if (s.PrintCapacityPerNight > 0) parts.Add(Inv($"at most {s.PrintCapacityPerNight} print(s) per night"));
        if (s.PrintFailureProbability > 0) parts.Add(Inv($"{100 * s.PrintFailureProbability}% of prints unusable"));
        if (s.RawMaterialBaseStockCc > 0) parts.Add(Inv($"raw material topped up to {s.RawMaterialBaseStockCc} cc by each convoy, {s.PrintVolumeCc} cc per print"));
        return parts.Count == 0 ? "none (the chapter's model, simulated)" : string.Join("; ", parts);
    }

    private static void SavePlot(string path, StressOptions options, IReadOnlyList<SummaryRow> rows, double analytic)
    {
        var plot = new Plot();
        var colors = new[] { Colors.Gray, Colors.SteelBlue, Colors.DarkOrange, Colors.SeaGreen };
        var bars = new List<Bar>();
        for (int s = 0; s < options.Scenarios.Count; s++)
            for (int k = 0; k < Kinds.Length; k++)
            {
                var r = rows.First(x => x.Texts["scenario"] == options.Scenarios[s].Name && x.Texts["policy_kind"] == Kinds[k]).Numbers;
                bars.Add(new Bar { Position = 5 * s + k, Value = r["sim_mean_cost_per_day"], Error = (r["sim_ci_high"] - r["sim_ci_low"]) / 2, FillColor = colors[k] });
            }
        plot.Add.Bars(bars);
        var line = plot.Add.HorizontalLine(analytic);
        line.LinePattern = LinePattern.Dashed;
        // Two-line tick labels: long scenario names would overlap on one line.
        plot.Axes.Bottom.SetTicks(options.Scenarios.Select((_, s) => 5.0 * s + 1.5).ToArray(), options.Scenarios.Select(x => TwoLines(x.Name)).ToArray());
        for (int k = 0; k < Kinds.Length; k++) plot.Legend.ManualItems.Add(new LegendItem { LabelText = Kinds[k], FillColor = colors[k] });
        plot.Legend.ManualItems.Add(new LegendItem { LabelText = "analytic, chapter's model", LineColor = line.Color, LinePattern = LinePattern.Dashed, LineWidth = 1 });
        plot.ShowLegend(Alignment.UpperLeft);
        plot.Axes.Margins(bottom: 0);
        plot.Title("Cost per day of the chapter's policy and of its re-optimized alternatives (95% CI)");
        plot.YLabel("cost per day");
        plot.SavePng(path, 1100, 600);
    }

    private static string TwoLines(string name)
    {
        int middle = name.Length / 2, cut = name.IndexOf(' ', middle);
        if (cut < 0) cut = name.LastIndexOf(' ', middle);
        return cut < 0 ? name : name[..cut] + "\n" + name[(cut + 1)..];
    }

    private static string Inv(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
