using System.Globalization;
using SpareSim.Experiments.Analysis;
using SpareSim.Experiments.Configuration;
using SpareSim.Experiments.Running;
using SpareSim.Experiments.Simulation;

namespace SpareSim.Experiments.Output;

/// <summary>
/// Writes a run's files. A shard writes its replications (and time series) and the resolved experiment; a
/// complete run (or a merge of shards) also writes the summary, comparisons, plots and report.
/// The same records always give the same files, whichever way they were computed.
/// </summary>
public static class ResultWriter
{
    /// <summary>Writes the files of a shard that <see cref="ResultMerger"/> combines later; returns their names.</summary>
    public static async Task<IReadOnlyList<string>> WriteShardAsync(ExperimentDefinition definition, IReadOnlyList<ReplicationRecord> records, ShardSpec shard, string folder)
    {
        Directory.CreateDirectory(folder);
        var metadata = Metadata(definition);
        metadata["sparesim_shard"] = shard.ToString();
        await ReplicationTable(definition, records).WriteAsync(Path.Combine(folder, ResultFiles.Replications), metadata);
        await WriteTextAsync(Path.Combine(folder, ResultFiles.Experiment), definition.ResolvedJson);
        await WriteTextAsync(Path.Combine(folder, ResultFiles.Shard), shard.ToString());
        if (definition.TimeSeries is { } series && records.All(r => r.Series is not null))
        {
            // The raw series only: bands, recovery and plots need every replication, so the merge draws them.
            await RecordingWriter.SeriesTable(definition, series, records).WriteAsync(Path.Combine(folder, ResultFiles.TimeSeries), metadata);
            return [ResultFiles.Replications, ResultFiles.Experiment, ResultFiles.Shard, ResultFiles.TimeSeries];
        }
        return [ResultFiles.Replications, ResultFiles.Experiment, ResultFiles.Shard];
    }

    /// <summary>Writes every file of a complete run; returns their names.</summary>
    public static async Task<IReadOnlyList<string>> WriteCompleteAsync(ExperimentDefinition definition, IReadOnlyList<ReplicationRecord> records, string folder, EventLog? events = null)
    {
        Directory.CreateDirectory(folder);
        var metadata = Metadata(definition);
        await ReplicationTable(definition, records).WriteAsync(Path.Combine(folder, ResultFiles.Replications), metadata);
        var summaries = Summaries(definition, records);
        await SummaryTable(definition, summaries).WriteAsync(Path.Combine(folder, ResultFiles.Summary), metadata);
        var written = new List<string> { ResultFiles.Replications, ResultFiles.Summary };
        var comparisons = Comparisons(definition, records);
        if (comparisons.Count > 0)
        {
            await ComparisonTable(comparisons).WriteAsync(Path.Combine(folder, ResultFiles.Comparisons), metadata);
            written.Add(ResultFiles.Comparisons);
        }
        var plots = PlotRenderer.Render(definition, summaries, folder).ToList();
        var (recorded, sections) = await RecordingWriter.WriteAsync(definition, records, events, folder, metadata);
        written.AddRange(recorded.Where(f => f.EndsWith(".parquet", StringComparison.Ordinal)));
        plots.AddRange(recorded.Where(f => f.EndsWith(".png", StringComparison.Ordinal)));
        written.AddRange(plots);
        await WriteTextAsync(Path.Combine(folder, ResultFiles.Report), ReportBuilder.Build(definition, summaries, comparisons, plots, metadata, sections));
        await WriteTextAsync(Path.Combine(folder, ResultFiles.Experiment), definition.ResolvedJson);
        written.Add(ResultFiles.Report);
        written.Add(ResultFiles.Experiment);
        string shardFile = Path.Combine(folder, ResultFiles.Shard);
        if (File.Exists(shardFile)) File.Delete(shardFile);
        return written;
    }

    /// <summary>
    /// The key-value metadata of a run's files: provenance, the model's time unit
    /// (<c>sparesim_time_unit</c>) and the unit of each measure that has one (<c>sparesim_units</c>,
    /// a JSON object measure → unit; the summary's <c>M_mean</c>, <c>M_ci_low</c>, … share M's unit).
    /// </summary>
    public static Dictionary<string, string> Metadata(ExperimentDefinition definition)
    {
        var metadata = Provenance.For(definition.Name, definition.ConfigurationHash, definition.MasterSeed);
        metadata["sparesim_time_unit"] = definition.Model.TimeUnit;
        var units = new System.Text.Json.Nodes.JsonObject();
        foreach (var m in definition.Model.Measures)
            if (MeasureUnits.Of(definition.Model, m) is { Length: > 0 } unit) units[m] = unit;
        metadata["sparesim_units"] = units.ToJsonString();
        return metadata;
    }

    /// <summary>Per scenario: the warm-up and the summary statistics of each measure.</summary>
    public static IReadOnlyList<ScenarioSummary> Summaries(ExperimentDefinition definition, IReadOnlyList<ReplicationRecord> records)
    {
        var measures = definition.Model.Measures;
        return definition.Scenarios.Select(s =>
        {
            var mine = records.Where(r => r.Scenario == s.Index).ToList();
            if (mine.Count < 2) throw new InvalidOperationException($"scenario '{s.Name}' has {mine.Count} replications; a summary needs at least 2");
            var stats = measures.Select((_, m) => Summarize(mine.Select(r => r.Values[m]).ToList())).ToList();
            return new ScenarioSummary(s, mine[0].WarmUp, stats);
        }).ToList();
    }

    /// <summary>
    /// Summary statistics, or all-NaN ones when a measure is not defined for the scenario (a model
    /// reports NaN, e.g. an analytic value for a policy that has none).
    /// </summary>
    private static SummaryStatistics Summarize(IReadOnlyList<double> values)
    {
        if (values.All(double.IsFinite)) return SummaryStatistics.Of(values);
        var undefined = new ConfidenceInterval { Mean = double.NaN, HalfWidth = double.NaN, Count = values.Count, Level = 0.95 };
        return new SummaryStatistics
        {
            Count = values.Count, Mean = double.NaN, StandardDeviation = double.NaN,
            Minimum = double.NaN, Maximum = double.NaN, ConfidenceInterval = undefined,
        };
    }

    private static List<MeasureComparison> Comparisons(ExperimentDefinition definition, IReadOnlyList<ReplicationRecord> records)
    {
        var list = new List<MeasureComparison>();
        if (definition.BaselineScenario is not { } baseline) return list;
        var byScenario = records.GroupBy(r => r.Scenario).ToDictionary(g => g.Key, g => g.ToDictionary(r => r.Replication));
        foreach (var s in definition.Scenarios.Where(s => s.Index != baseline))
        {
            // Pair by replication index: the same replication draws the same streams (CRN).
            var common = byScenario[s.Index].Keys.Intersect(byScenario[baseline].Keys).Order().ToList();
            if (common.Count < 2) continue;
            for (int m = 0; m < definition.Model.Measures.Count; m++)
            {
                if (common.Any(r => !double.IsFinite(byScenario[s.Index][r].Values[m]) || !double.IsFinite(byScenario[baseline][r].Values[m]))) continue;
                var a = common.Select(r => byScenario[s.Index][r].Values[m]).ToList();
                var b = common.Select(r => byScenario[baseline][r].Values[m]).ToList();
                list.Add(new MeasureComparison(s, definition.Scenarios[baseline], definition.Model.Measures[m], PairedDifference.Of(a, b)));
            }
        }
        return list;
    }

    private static ParquetTable ReplicationTable(ExperimentDefinition definition, IReadOnlyList<ReplicationRecord> records)
    {
        var table = new ParquetTable()
            .Add("scenario_index", records.Select(r => r.Scenario).ToArray())
            .Add("scenario", records.Select(r => definition.Scenarios[r.Scenario].Name).ToArray())
            .Add("replication", records.Select(r => r.Replication).ToArray());
        AddParameters(table, definition, records.Select(r => definition.Scenarios[r.Scenario]).ToList());
        table.Add("warm_up", records.Select(r => r.WarmUp).ToArray());
        // A measure with no value in a replication (NaN in memory) is null in the file; whole-number
        // measures (a base stock) are integer columns.
        for (int m = 0; m < definition.Model.Measures.Count; m++)
        {
            string name = definition.Model.Measures[m];
            var values = records.Select(r => r.Values[m]);
            if (definition.Model.IntegerMeasures.Contains(name)) table.Add(name, values.Select(WholeNumber).ToArray());
            else table.AddOptional(name, values);
        }
        return table;
    }

    private static ParquetTable SummaryTable(ExperimentDefinition definition, IReadOnlyList<ScenarioSummary> summaries)
    {
        var table = new ParquetTable()
            .Add("scenario_index", summaries.Select(s => s.Scenario.Index).ToArray())
            .Add("scenario", summaries.Select(s => s.Scenario.Name).ToArray());
        AddParameters(table, definition, summaries.Select(s => s.Scenario).ToList());
        table.Add("replications", summaries.Select(s => s.Measures[0].Count).ToArray());
        table.Add("warm_up", summaries.Select(s => s.WarmUp).ToArray());
        for (int m = 0; m < definition.Model.Measures.Count; m++)
        {
            string name = definition.Model.Measures[m];
            table.AddOptional($"{name}_mean", summaries.Select(s => s.Measures[m].Mean))
                .AddOptional($"{name}_sd", summaries.Select(s => s.Measures[m].StandardDeviation))
                .AddOptional($"{name}_ci_low", summaries.Select(s => s.Measures[m].ConfidenceInterval.Low))
                .AddOptional($"{name}_ci_high", summaries.Select(s => s.Measures[m].ConfidenceInterval.High))
                .AddOptional($"{name}_half_width", summaries.Select(s => s.Measures[m].ConfidenceInterval.HalfWidth));
        }
        return table;
    }

    private static ParquetTable ComparisonTable(IReadOnlyList<MeasureComparison> comparisons) => new ParquetTable()
        .Add("scenario", comparisons.Select(c => c.Scenario.Name).ToArray())
        .Add("baseline", comparisons.Select(c => c.Baseline.Name).ToArray())
        .Add("measure", comparisons.Select(c => c.Measure).ToArray())
        .Add("pairs", comparisons.Select(c => c.Difference.Count).ToArray())
        .AddOptional("mean_difference", comparisons.Select(c => c.Difference.MeanDifference))
        .AddOptional("ci_low", comparisons.Select(c => c.Difference.ConfidenceInterval.Low))
        .AddOptional("ci_high", comparisons.Select(c => c.Difference.ConfidenceInterval.High))
        .AddOptional("correlation", comparisons.Select(c => c.Difference.Correlation));

    private static void AddParameters(ParquetTable table, ExperimentDefinition definition, IReadOnlyList<Scenario> rows)
    {
        foreach (var p in definition.Parameters)
        {
            string column = ParameterColumn(p.Name);
            if (p.Rule is ParameterRule.Choice or ParameterRule.Text) table.Add(column, rows.Select(s => s.GetString(p.Name)).ToArray());
            else if (p.Rule is ParameterRule.PositiveInteger or ParameterRule.NonNegativeInteger) table.Add(column, rows.Select(s => s.GetInt(p.Name)).ToArray());
            else table.Add(column, rows.Select(s => s.GetDouble(p.Name)).ToArray());
        }
    }

    /// <summary>A whole-number measure as an integer; no value (NaN) as null.</summary>
    private static int? WholeNumber(double x)
    {
        if (double.IsNaN(x)) return null;
        if (x != Math.Round(x) || Math.Abs(x) > int.MaxValue) throw new InvalidOperationException($"a whole-number measure has the value {x}");
        return (int)x;
    }

    /// <summary>
    /// The column of a parameter: its name, or for a model-file path ("sources:remote-printer:printers")
    /// the snake_case form with "set_" in front ("set_sources_remote_printer_printers").
    /// </summary>
    public static string ParameterColumn(string parameter) =>
        parameter.Contains(':') ? "set_" + System.Text.RegularExpressions.Regex.Replace(parameter.ToLowerInvariant(), "[^a-z0-9]+", "_").Trim('_') : parameter;

    private static async Task WriteTextAsync(string path, string text)
    {
        string tmp = path + ".tmp";
        await File.WriteAllTextAsync(tmp, text);
        File.Move(tmp, path, overwrite: true);
    }

    internal static string Format(double x)
    {
        if (!double.IsFinite(x)) return x.ToString(CultureInfo.InvariantCulture);
        if (x == 0) return "0";
        // Five significant digits in plain notation (no E-notation between 1e-9 and 1e15), so a
        // column of a report reads one way; trailing zeros dropped.
        double magnitude = Math.Abs(x);
        if (magnitude < 1e-9 || magnitude >= 1e15) return x.ToString("G5", CultureInfo.InvariantCulture);
        int decimals = Math.Clamp(4 - (int)Math.Floor(Math.Log10(magnitude)), 0, 13);
        // "F" rounds the exact binary value correctly (Math.Round would scale first and can round a near-midpoint up).
        string text = x.ToString("F" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
        return text.Contains('.', StringComparison.Ordinal) ? text.TrimEnd('0').TrimEnd('.') : text;
    }
}
