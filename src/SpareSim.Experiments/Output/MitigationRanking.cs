using System.Text;
using SpareSim.Experiments.Analysis;
using SpareSim.Experiments.Configuration;
using SpareSim.Experiments.Running;
using SpareSim.Experiments.Simulation;

namespace SpareSim.Experiments.Output;

/// <summary>
/// The mitigations of a stress experiment (<see cref="StressSpec"/>) ranked per disruption by the
/// primary measure, each with its paired differences (common random numbers) against the same
/// disruption unmitigated and against the same mitigation undisrupted.
/// </summary>
/// <param name="Disruption">The disruption, as its switches read (e.g. "am-outage").</param>
/// <param name="Mitigation">The mitigation, as its parameters read ("none" for the baseline's values).</param>
/// <param name="Scenario">The scenario index.</param>
/// <param name="Rank">1 = best for this disruption.</param>
/// <param name="Mean">The primary measure's mean with its 95% CI.</param>
/// <param name="VersusUnmitigated">Scenario − the same disruption unmitigated (null for the unmitigated run itself).</param>
/// <param name="VersusUndisrupted">Scenario − the same mitigation undisrupted (null if that run is not in the experiment).</param>
public sealed record MitigationRanking(string Disruption, string Mitigation, int Scenario, int Rank, ConfidenceInterval Mean,
    PairedDifference? VersusUnmitigated, PairedDifference? VersusUndisrupted)
{
    /// <summary>The ranking of a run; empty without <see cref="ExperimentDefinition.Stress"/>.</summary>
    public static IReadOnlyList<MitigationRanking> Of(ExperimentDefinition definition, IReadOnlyList<ReplicationRecord> records)
    {
        if (definition.Stress is not { } stress || definition.BaselineScenario is not { } baseline) return [];
        int primary = definition.Model.Measures.ToList().IndexOf(definition.PrimaryMeasure);
        var scenarios = definition.Scenarios;
        var (D, M) = Labels(definition, stress, baseline);
        var byScenario = records.GroupBy(r => r.Scenario).ToDictionary(g => g.Key, g => g.ToDictionary(r => r.Replication, r => r.Values[primary]));
        PairedDifference? Versus(Scenario s, Scenario? other)
        {
            if (other is null || other.Index == s.Index) return null;
            var common = byScenario[s.Index].Keys.Intersect(byScenario[other.Index].Keys).Order().ToList();
            return common.Count < 2 ? null : PairedDifference.Of(common.Select(r => byScenario[s.Index][r]).ToList(), common.Select(r => byScenario[other.Index][r]).ToList());
        }
        var rows = new List<MitigationRanking>();
        string calm = D(scenarios[baseline]), none = M(scenarios[baseline]);
        foreach (var group in scenarios.Where(s => D(s) != calm).GroupBy(D))
        {
            var unmitigated = group.FirstOrDefault(s => M(s) == none);
            var ranked = group.Select(s => (s, ci: ConfidenceInterval.FromSample(byScenario[s.Index].Values.ToList())))
                .OrderBy(x => stress.HigherIsBetter ? -x.ci.Mean : x.ci.Mean).ToList();
            for (int i = 0; i < ranked.Count; i++)
            {
                var (s, ci) = ranked[i];
                var undisrupted = scenarios.FirstOrDefault(o => D(o) == calm && M(o) == M(s));
                rows.Add(new MitigationRanking(group.Key, M(s) == none ? "none" : M(s), s.Index, i + 1, ci, Versus(s, unmitigated), Versus(s, undisrupted)));
            }
        }
        return rows;
    }

    /// <summary>Per scenario, the undisrupted scenario with the same mitigation (null for an undisrupted one, or none in the experiment).</summary>
    public static Func<int, int?> UndisruptedTwins(ExperimentDefinition definition)
    {
        var stress = definition.Stress ?? throw new ArgumentException("not a stress experiment", nameof(definition));
        var (d, m) = Labels(definition, stress, definition.BaselineScenario!.Value);
        var scenarios = definition.Scenarios;
        string calm = d(scenarios[definition.BaselineScenario!.Value]);
        return s => d(scenarios[s]) == calm ? null : scenarios.FirstOrDefault(o => d(o) == calm && m(o) == m(scenarios[s]))?.Index;
    }

    internal static (Func<Scenario, string> Disruption, Func<Scenario, string> Mitigation) Labels(ExperimentDefinition definition, StressSpec stress, int baseline)
    {
        var scenarios = definition.Scenarios;
        var varying = definition.Parameters.Select(p => p.Name).Where(n => scenarios.Select(s => s.Values[n]).Distinct().Count() > 1).ToList();
        var mitigations = varying.Except(stress.Disruptions).ToList();
        return (s => Label(stress.Disruptions, s, null), s => Label(mitigations, s, scenarios[baseline]));
    }

    /// <summary>The report section: one table per disruption.</summary>
    public static string Markdown(ExperimentDefinition definition, IReadOnlyList<MitigationRanking> rows)
    {
        var f = (Func<double, string>)ResultWriter.Format;
        var sb = new StringBuilder();
        sb.AppendLine().AppendLine($"## Mitigation ranking (`{definition.PrimaryMeasure}`, {(definition.Stress!.HigherIsBetter ? "higher" : "lower")} is better; paired differences, common random numbers)").AppendLine();
        foreach (var group in rows.GroupBy(r => r.Disruption))
        {
            sb.AppendLine($"Disruption **{group.Key}**:").AppendLine();
            sb.AppendLine("| rank | mitigation | mean ± 95% CI | − unmitigated (95% CI) | − undisrupted (95% CI) |").AppendLine("|---|---|---|---|---|");
            foreach (var r in group)
                sb.AppendLine($"| {r.Rank} | {r.Mitigation} | {f(r.Mean.Mean)} ± {f(r.Mean.HalfWidth)} | {Difference(r.VersusUnmitigated, f)} | {Difference(r.VersusUndisrupted, f)} |");
            sb.AppendLine();
        }
        return sb.ToString();
    }

    /// <summary>The ranking as a table (one row per disrupted scenario).</summary>
    public static ParquetTable Table(ExperimentDefinition definition, IReadOnlyList<MitigationRanking> rows) => new ParquetTable()
        .Add("disruption", rows.Select(r => r.Disruption).ToArray())
        .Add("mitigation", rows.Select(r => r.Mitigation).ToArray())
        .Add("scenario", rows.Select(r => definition.Scenarios[r.Scenario].Name).ToArray())
        .Add("rank", rows.Select(r => r.Rank).ToArray())
        .Add("mean", rows.Select(r => r.Mean.Mean).ToArray())
        .Add("half_width", rows.Select(r => r.Mean.HalfWidth).ToArray())
        .Add("vs_unmitigated", rows.Select(r => r.VersusUnmitigated?.MeanDifference ?? double.NaN).ToArray())
        .Add("vs_unmitigated_ci_low", rows.Select(r => r.VersusUnmitigated?.ConfidenceInterval.Low ?? double.NaN).ToArray())
        .Add("vs_unmitigated_ci_high", rows.Select(r => r.VersusUnmitigated?.ConfidenceInterval.High ?? double.NaN).ToArray())
        .Add("vs_undisrupted", rows.Select(r => r.VersusUndisrupted?.MeanDifference ?? double.NaN).ToArray())
        .Add("vs_undisrupted_ci_low", rows.Select(r => r.VersusUndisrupted?.ConfidenceInterval.Low ?? double.NaN).ToArray())
        .Add("vs_undisrupted_ci_high", rows.Select(r => r.VersusUndisrupted?.ConfidenceInterval.High ?? double.NaN).ToArray());

    private static string Difference(PairedDifference? d, Func<double, string> f) =>
        d is null ? "—" : $"{f(d.MeanDifference)} [{f(d.ConfidenceInterval.Low)}, {f(d.ConfidenceInterval.High)}]";

    // A switch reads as the element's name when on ("am-outage"); another parameter as key=value where it
    // differs from the baseline's; nothing: "none".
    private static string Label(IReadOnlyList<string> keys, Scenario s, Scenario? baseline)
    {
        var parts = keys.Where(k => baseline is null || s.Values[k] != baseline.Values[k]).Select(k =>
        {
            string v = s.Values[k];
            string[] segments = k.Split(':');
            string shortKey = segments.Length >= 2 ? string.Join(":", segments[1..]) : k;
            return v.Equals("true", StringComparison.OrdinalIgnoreCase) ? segments.Length >= 2 ? segments[1] : k
                : v.Equals("false", StringComparison.OrdinalIgnoreCase) ? null : $"{shortKey}={v}";
        }).Where(p => p is not null).ToList();
        return parts.Count == 0 ? "none" : string.Join(" + ", parts);
    }
}
