using System.Globalization;
using Microsoft.Extensions.Configuration;
using SpareSim.Experiments.Simulation;

namespace SpareSim.Experiments.Configuration;

/// <summary>Reads the <c>TimeSeries</c>, <c>DecisionLog</c> and <c>Stress</c> sections of an experiment, naming the key of every bad value.</summary>
internal static class RecordingOptions
{
    /// <summary>At most this many sampled values per replication (measures × points): they are kept in memory and in the checkpoint.</summary>
    public const int MaxSeriesValues = 1_000_000;

    /// <summary>At most this many sampled values in a run (all scenarios and replications): the writer holds them all.</summary>
    public const long MaxRunSeriesValues = 50_000_000;

    /// <summary>The largest decision log (rows).</summary>
    public const int MaxLogRows = 10_000_000;

    public static TimeSeriesSpec? TimeSeries(IConfiguration config, ISimulationModel model, IReadOnlyList<Scenario> scenarios, int? baseline, double horizon, int replications)
    {
        var section = config.GetSection("TimeSeries");
        if (!section.Exists()) return null;
        ExperimentLoader.CheckKeys(section, "TimeSeries:", ["From", "Step", "To", "Measures", "Reference"]);
        if (model is not IRecordingModel recording)
            throw new ExperimentInputException("TimeSeries", $"model '{model.Name}' records no time series; use the supply-network model");
        double from = ExperimentLoader.Number(config, "TimeSeries:From", 0, positive: false);
        double step = ExperimentLoader.Number(config, "TimeSeries:Step", null, positive: true);
        double to = ExperimentLoader.Number(config, "TimeSeries:To", null, positive: true);
        if (to < from) throw new ExperimentInputException("TimeSeries:To", $"must be >= From ({from.ToString(CultureInfo.InvariantCulture)})");
        if (to >= horizon) throw new ExperimentInputException("TimeSeries:To", $"must be before the run's end, WarmUp + RunLength = {horizon.ToString(CultureInfo.InvariantCulture)} (times count from the run's start; with WarmUp mser5, before RunLength)");
        double points = Math.Floor((to - from) / step + 1e-9) + 1;
        var measures = section.GetSection("Measures").GetChildren().Select(c => c.Value ?? "").ToList();
        if (measures.Count == 0) throw new ExperimentInputException("TimeSeries:Measures", "must list at least one measure");
        for (int i = 0; i < measures.Count; i++)
        {
            if (recording.CheckSeriesMeasure(measures[i]) is { } problem) throw new ExperimentInputException($"TimeSeries:Measures:{i}", problem);
            if (measures.IndexOf(measures[i]) != i) throw new ExperimentInputException($"TimeSeries:Measures:{i}", $"'{measures[i]}' is listed twice");
        }
        if (points * measures.Count > MaxSeriesValues)
            throw new ExperimentInputException("TimeSeries:Step", $"gives {points:F0} times × {measures.Count} measures per replication, more than {MaxSeriesValues:N0}; take a larger step");
        if (points * measures.Count * scenarios.Count * replications > MaxRunSeriesValues)
            throw new ExperimentInputException("TimeSeries:Step", $"gives {points * measures.Count * scenarios.Count * replications:N0} sampled values in the run (times × measures × scenarios × replications), more than {MaxRunSeriesValues:N0}; take a larger step or fewer measures");
        int? reference = baseline;
        if (section["Reference"] is { } name)
            reference = scenarios.FirstOrDefault(s => s.Name == name)?.Index ?? throw new ExperimentInputException("TimeSeries:Reference", $"no scenario is named '{name}'");
        return new TimeSeriesSpec(from, step, (int)points, measures, reference);
    }

    public static DecisionLogSpec? DecisionLog(IConfiguration config, ISimulationModel model, int replications)
    {
        var section = config.GetSection("DecisionLog");
        if (!section.Exists()) return null;
        ExperimentLoader.CheckKeys(section, "DecisionLog:", ["MaxRows", "Replications"]);
        if (model is not IRecordingModel)
            throw new ExperimentInputException("DecisionLog", $"model '{model.Name}' keeps no decision log; use the supply-network model");
        if (section["MaxRows"] is null)
            throw new ExperimentInputException("DecisionLog:MaxRows", "is required: a decision log needs a size limit (rows), e.g. 100000");
        int max = ExperimentLoader.Integer(config, "DecisionLog:MaxRows", 0, min: 1);
        if (max > MaxLogRows) throw new ExperimentInputException("DecisionLog:MaxRows", $"must be at most {MaxLogRows:N0} (the log is held in memory), got {max}");
        int logged = ExperimentLoader.Integer(config, "DecisionLog:Replications", 1, min: 1);
        if (logged > replications) throw new ExperimentInputException("DecisionLog:Replications", $"must be at most Replications = {replications}, got {logged}");
        return new DecisionLogSpec(max, logged);
    }

    public static StressSpec? Stress(IConfiguration config, IReadOnlyList<ParameterSpec> parameters, int? baseline)
    {
        var section = config.GetSection("Stress");
        if (!section.Exists()) return null;
        ExperimentLoader.CheckKeys(section, "Stress:", ["Disruptions", "Better"]);
        if (baseline is null) throw new ExperimentInputException("Baseline", "is required by Stress: the undisrupted, unmitigated scenario");
        var keys = section.GetSection("Disruptions").GetChildren().Select(c => c.Value ?? "").ToList();
        if (keys.Count == 0) throw new ExperimentInputException("Stress:Disruptions", "must list the parameters that switch disruptions");
        for (int i = 0; i < keys.Count; i++)
            if (!parameters.Any(p => p.Name == keys[i]))
                throw new ExperimentInputException($"Stress:Disruptions:{i}", $"'{keys[i]}' is not a parameter the scenarios set");
        bool higher = (section["Better"] ?? "higher") switch
        {
            "higher" => true,
            "lower" => false,
            var other => throw new ExperimentInputException("Stress:Better", $"must be higher or lower, got '{other}'"),
        };
        return new StressSpec(keys, higher);
    }

    /// <summary>The sections' resolved values, for the canonical experiment (and so the configuration hash).</summary>
    public static void AddCanonical(Dictionary<string, object> doc, TimeSeriesSpec? series, DecisionLogSpec? log, StressSpec? stress, IReadOnlyList<Scenario> scenarios)
    {
        static string N(double x) => x.ToString("R", CultureInfo.InvariantCulture);
        if (series is not null)
        {
            var entry = new Dictionary<string, object> { ["From"] = N(series.From), ["Step"] = N(series.Step), ["To"] = N(series.Time(series.Points - 1)), ["Measures"] = series.Measures };
            if (series.Reference is { } r) entry["Reference"] = scenarios[r].Name;
            doc["TimeSeries"] = entry;
        }
        if (log is not null)
            doc["DecisionLog"] = new Dictionary<string, string> { ["MaxRows"] = log.MaxRows.ToString(CultureInfo.InvariantCulture), ["Replications"] = log.Replications.ToString(CultureInfo.InvariantCulture) };
        if (stress is not null)
            doc["Stress"] = new Dictionary<string, object> { ["Disruptions"] = stress.Disruptions, ["Better"] = stress.HigherIsBetter ? "higher" : "lower" };
    }
}
