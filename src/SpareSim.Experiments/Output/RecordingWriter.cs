using System.Text;
using SpareSim.Experiments.Configuration;
using SpareSim.Experiments.Running;

namespace SpareSim.Experiments.Output;

/// <summary>
/// Writes what a run recorded besides its measures: the time series (<c>timeseries.parquet</c>,
/// <c>recovery.parquet</c>, one plot per sampled measure), the mitigation ranking
/// (<c>mitigations.parquet</c>) and the decision log (<c>events.parquet</c>), and returns the
/// report's sections about them.
/// </summary>
internal static class RecordingWriter
{
    public const string Mitigations = "mitigations.parquet";

    public static async Task<(IReadOnlyList<string> Files, string Sections)> WriteAsync(ExperimentDefinition definition, IReadOnlyList<ReplicationRecord> records,
        EventLog? events, string folder, IReadOnlyDictionary<string, string> metadata)
    {
        var files = new List<string>();
        var sb = new StringBuilder();
        var f = (Func<double, string>)ResultWriter.Format;
        if (definition.TimeSeries is { } spec && records.All(r => r.Series is not null))
        {
            await SeriesTable(definition, spec, records).WriteAsync(Path.Combine(folder, ResultFiles.TimeSeries), metadata);
            files.Add(ResultFiles.TimeSeries);
            var bands = TimeSeriesBand.Of(definition, records);
            // A stress experiment compares each disrupted run with the same mitigation undisrupted; otherwise every run with the reference.
            Func<int, int?> referenceOf = definition.Stress is not null ? MitigationRanking.UndisruptedTwins(definition) : _ => spec.Reference;
            var recovery = RecoveryAnalysis.Of(spec, bands, referenceOf);
            if (recovery.Count > 0)
            {
                await RecoveryTable(definition, recovery).WriteAsync(Path.Combine(folder, ResultFiles.Recovery), metadata);
                files.Add(ResultFiles.Recovery);
                sb.AppendLine().AppendLine($"## Recovery (time grid step {f(spec.Step)}; against {(definition.Stress is not null ? "the same mitigation undisrupted" : $"`{definition.Scenarios[spec.Reference!.Value].Name}`")})").AppendLine();
                sb.AppendLine("| scenario | reference | measure | left the band at | recovered at | time to recover | area lost |").AppendLine("|---|---|---|---|---|---|---|");
                foreach (var r in recovery)
                    sb.AppendLine($"| {definition.Scenarios[r.Scenario].Name} | {definition.Scenarios[r.Reference].Name} | {r.Measure} | {Time(r.LeftBand, "never")} | {Time(r.BackInBand, double.IsNaN(r.LeftBand) ? "—" : "not by the end")} | {Time(r.TimeToRecover, "—")} | {f(r.AreaLost)} |");
                sb.AppendLine().AppendLine($"Outside the band: the scenario's and the reference's 95% intervals (over replications, at that time) do not overlap. Recovered: the first time after it left from which it stays inside for {RecoveryAnalysis.HoldPoints(spec)} grid times. Area lost: Σ step × (reference mean − scenario mean) over the grid.");
            }
            files.AddRange(TimeSeriesPlots.Render(definition, bands, folder));
        }
        var ranking = MitigationRanking.Of(definition, records);
        if (ranking.Count > 0)
        {
            await MitigationRanking.Table(definition, ranking).WriteAsync(Path.Combine(folder, Mitigations), metadata);
            files.Add(Mitigations);
            sb.Append(MitigationRanking.Markdown(definition, ranking));
        }
        if (events is not null)
        {
            var table = EventTable(definition, events);
            var meta = new Dictionary<string, string>(metadata) { ["sparesim_log_max_rows"] = events.MaxRows.ToString(System.Globalization.CultureInfo.InvariantCulture),
                ["sparesim_log_dropped_rows"] = events.Dropped.ToString(System.Globalization.CultureInfo.InvariantCulture) };
            await table.WriteAsync(Path.Combine(folder, ResultFiles.Events), meta);
            files.Add(ResultFiles.Events);
            sb.AppendLine().AppendLine($"## Decision log").AppendLine();
            sb.AppendLine($"`{ResultFiles.Events}`: {events.Rows.Count} rows (limit {events.MaxRows}; {events.Dropped} more not kept), from the first {definition.DecisionLog!.Replications} replication(s) of each scenario after the warm-up: one per decision (time, site, part, controller, the state it saw, the action, the reason) and per disruption start and end.");
        }
        return (files, sb.ToString());

        string Time(double x, string none) => double.IsNaN(x) ? none : f(x);
    }

    internal static ParquetTable SeriesTable(ExperimentDefinition definition, TimeSeriesSpec spec, IReadOnlyList<ReplicationRecord> records)
    {
        int perRecord = spec.Measures.Count * spec.Points, rows = records.Count * perRecord;
        var scenario = new string[rows];
        var replication = new int[rows];
        var time = new double[rows];
        var measure = new string[rows];
        var value = new double[rows];
        int i = 0;
        foreach (var r in records)
            for (int m = 0; m < spec.Measures.Count; m++)
                for (int k = 0; k < spec.Points; k++, i++)
                {
                    scenario[i] = definition.Scenarios[r.Scenario].Name;
                    replication[i] = r.Replication;
                    time[i] = spec.Time(k);
                    measure[i] = spec.Measures[m];
                    value[i] = r.Series![m * spec.Points + k];
                }
        return new ParquetTable().Add("scenario", scenario).Add("replication", replication).Add("time", time).Add("measure", measure).Add("value", value);
    }

    private static ParquetTable RecoveryTable(ExperimentDefinition definition, IReadOnlyList<RecoveryAnalysis> rows) => new ParquetTable()
        .Add("scenario", rows.Select(r => definition.Scenarios[r.Scenario].Name).ToArray())
        .Add("reference", rows.Select(r => definition.Scenarios[r.Reference].Name).ToArray())
        .Add("measure", rows.Select(r => r.Measure).ToArray())
        .Add("left_band", rows.Select(r => r.LeftBand).ToArray())
        .Add("back_in_band", rows.Select(r => r.BackInBand).ToArray())
        .Add("time_to_recover", rows.Select(r => r.TimeToRecover).ToArray())
        .Add("area_lost", rows.Select(r => r.AreaLost).ToArray());

    private static ParquetTable EventTable(ExperimentDefinition definition, EventLog log)
    {
        var rows = log.Rows;
        return new ParquetTable()
            .Add("scenario", rows.Select(r => definition.Scenarios[r.Scenario].Name).ToArray())
            .Add("replication", rows.Select(r => r.Replication).ToArray())
            .Add("time", rows.Select(r => r.Record.Time).ToArray())
            .Add("event", rows.Select(r => r.Record.Event).ToArray())
            .Add("site", rows.Select(r => r.Record.Site).ToArray())
            .Add("part", rows.Select(r => r.Record.Part).ToArray())
            .Add("controller", rows.Select(r => r.Record.Controller).ToArray())
            .Add("state", rows.Select(r => r.Record.State).ToArray())
            .Add("action", rows.Select(r => r.Record.Action).ToArray())
            .Add("reason", rows.Select(r => r.Record.Reason).ToArray());
    }
}
