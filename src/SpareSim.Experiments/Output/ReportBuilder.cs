using System.Text;

namespace SpareSim.Experiments.Output;

/// <summary>Builds the Markdown report that sits beside a run's Parquet files and plots.</summary>
public static class ReportBuilder
{
    /// <summary>The report: settings, provenance, per-scenario means with 95% CIs, comparisons, further <paramref name="sections"/> (Markdown), plots.</summary>
    public static string Build(Configuration.ExperimentDefinition definition, IReadOnlyList<ScenarioSummary> summaries,
        IReadOnlyList<MeasureComparison> comparisons, IReadOnlyList<string> plots, IReadOnlyDictionary<string, string> provenance, string sections = "")
    {
        var f = (Func<double, string>)ResultWriter.Format;
        var sb = new StringBuilder();
        sb.AppendLine($"# {definition.Name}").AppendLine();
        sb.AppendLine($"Model `{definition.Model.Name}`: {definition.Model.Description}.").AppendLine();
        string time = Simulation.MeasureUnits.Plural(definition.Model.TimeUnit);
        string warmUp = definition.WarmUpByMser5 ? "found per scenario by MSER-5 on a pilot run" : $"{f(definition.WarmUp!.Value)} {time}";
        int fewest = summaries.Min(s => s.Measures[0].Count), most = summaries.Max(s => s.Measures[0].Count);
        sb.AppendLine($"- Replications per scenario: {(fewest == most ? $"{most}" : $"{fewest}–{most}")}" +
                      (definition.TargetRelativeHalfWidth is { } t ? $" (until the 95% CI of `{definition.PrimaryMeasure}` is within ±{t:P1} of the mean, at most {definition.MaxReplications})" : ""));
        sb.AppendLine($"- Run length {f(definition.RunLength)} {time} after a warm-up {warmUp}; master seed {definition.MasterSeed}; common random numbers across scenarios (stream = seed, replication, name).");
        sb.AppendLine($"- Provenance: engine {provenance["sparesim_engine_version"]}, commit `{provenance["sparesim_git_commit"]}`, configuration hash `{definition.ConfigurationHash[..16]}…`.");
        var measures = definition.Model.Measures;
        var units = measures.Select(m => (Measure: m, Unit: Simulation.MeasureUnits.Of(definition.Model, m))).Where(u => u.Unit.Length > 0).ToList();
        string timeUnit = definition.Model.TimeUnit == "time unit" ? "not named by the model (rates are per time unit)" : definition.Model.TimeUnit;
        sb.AppendLine($"- Time unit: {timeUnit}." + (units.Count == 0 ? "" : " Units: " + string.Join("; ", units.GroupBy(u => u.Unit).Select(g => $"{g.Key}: {string.Join(", ", g.Select(u => $"`{u.Measure}`"))}")) + "."));
        sb.AppendLine().AppendLine("## Results (mean ± 95% CI half-width)").AppendLine();
        sb.AppendLine("| scenario | n | " + string.Join(" | ", measures) + " |");
        sb.AppendLine("|---|---|" + string.Concat(measures.Select(_ => "---|")));
        foreach (var s in summaries)
        {
            sb.Append($"| {s.Scenario.Name} | {s.Measures[0].Count} |");
            for (int i = 0; i < s.Measures.Count; i++) sb.Append($" {Cell(measures[i], s.Measures[i])} |");
            sb.AppendLine();
        }
        if (comparisons.Count > 0)
        {
            sb.AppendLine().AppendLine($"## Paired differences with `{comparisons[0].Baseline.Name}` (common random numbers)").AppendLine();
            sb.AppendLine("| scenario | measure | difference | 95% CI | significant |").AppendLine("|---|---|---|---|---|");
            // A difference that is the same in every replication (a setting such as base_stock_used,
            // an analytic value) has a zero-width CI; it is a constant, not a finding, so it is left out.
            var constant = new SortedSet<string>(StringComparer.Ordinal);
            foreach (var c in comparisons)
            {
                if (IsConstant(c.Difference))
                {
                    constant.Add(c.Measure);
                    continue;
                }
                var ci = c.Difference.ConfidenceInterval;
                sb.AppendLine($"| {c.Scenario.Name} | {c.Measure} | {f(c.Difference.MeanDifference)} | [{f(ci.Low)}, {f(ci.High)}] | {(c.Difference.IsSignificant ? "yes" : "no")} |");
            }
            if (constant.Count > 0)
                sb.AppendLine().AppendLine($"Left out where the difference is the same in every replication (a constant, or no value): {string.Join(", ", constant.Select(m => $"`{m}`"))}.");
        }
        sb.Append(sections);
        if (plots.Count > 0)
        {
            sb.AppendLine().AppendLine("## Plots").AppendLine();
            foreach (var p in plots) sb.AppendLine($"![{p}]({p})").AppendLine();
        }
        sb.AppendLine().AppendLine($"Files: `{ResultFiles.Replications}` (one row per scenario and replication), `{ResultFiles.Summary}` (one row per scenario)" +
                                   (comparisons.Count > 0 ? $", `{ResultFiles.Comparisons}`" : "") + $", `{ResultFiles.Experiment}` (the resolved experiment; rerun it with `sparesim run`).");
        return sb.ToString();
    }

    /// <summary>A results cell: mean ± half-width; a value the same in every replication alone; no value in words.</summary>
    private static string Cell(string measure, Analysis.SummaryStatistics m)
    {
        if (double.IsNaN(m.Mean)) return measure.StartsWith("analytic", StringComparison.Ordinal) ? "no analytic value" : "not applicable";
        return m.StandardDeviation <= 1e-12 * Math.Abs(m.Mean) ? ResultWriter.Format(m.Mean) : $"{ResultWriter.Format(m.Mean)} ± {ResultWriter.Format(m.ConfidenceInterval.HalfWidth)}";
    }

    private static bool IsConstant(Analysis.PairedDifference d) =>
        // Relative tolerance: a sum of equal doubles can leave a last-bit spread.
        !double.IsFinite(d.MeanDifference) || d.ConfidenceInterval.High - d.ConfidenceInterval.Low <= 1e-12 * Math.Max(1, Math.Abs(d.MeanDifference));
}
