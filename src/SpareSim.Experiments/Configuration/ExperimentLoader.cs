using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Configuration;
using SpareSim.Experiments.Simulation;

namespace SpareSim.Experiments.Configuration;

/// <summary>
/// Reads an experiment file (JSON) with command-line overrides (<c>--Key=Value</c>, the
/// configuration library's syntax), checks every key and value against the model, expands the
/// scenario list and grid, and returns an <see cref="ExperimentDefinition"/>. Any problem throws
/// <see cref="ExperimentInputException"/> naming the key, before anything runs.
/// </summary>
public static class ExperimentLoader
{
    private static readonly string[] TopLevelKeys =
    [
        "Name", "Description", "Model", "ModelFile", "InputFingerprint", "Replications", "RunLength", "WarmUp", "MasterSeed", "Parameters",
        "Scenarios", "Grid", "Plots", "Baseline", "PrimaryMeasure", "TargetRelativeHalfWidth", "MaxReplications",
        "TimeSeries", "DecisionLog", "Stress",
    ];

    /// <summary>The longest experiment name (it names a folder; file systems limit a name to 255 bytes).</summary>
    public const int MaxNameLength = 100;

    /// <summary>Builds the configuration of <paramref name="file"/> plus <paramref name="overrides"/>.</summary>
    public static IConfigurationRoot Read(string file, IReadOnlyList<string> overrides)
    {
        JsonFileCheck.EnsureValid(file, "EXPERIMENT");
        try
        {
            return new ConfigurationBuilder()
                .AddJsonFile(Path.GetFullPath(file), optional: false, reloadOnChange: false)
                .AddCommandLine(overrides.ToArray())
                .Build();
        }
        catch (Exception ex) when (ex is FormatException or InvalidDataException or JsonException)
        {
            throw new ExperimentInputException("EXPERIMENT", $"'{file}' is not valid JSON: {UserMessage.Of(ex)}");
        }
    }

    /// <summary>Validates and expands a simulation experiment.</summary>
    public static ExperimentDefinition Load(IConfiguration config, ModelRegistry models)
    {
        CheckKeys(config, "", TopLevelKeys);
        string name = Required(config, "Name");
        if (name.Length > MaxNameLength)
            throw new ExperimentInputException("Name", $"is {name.Length} characters long; at most {MaxNameLength} are allowed (it names the output folder)");
        if (!name.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_'))
            throw new ExperimentInputException("Name", $"must use letters, digits, '-' and '_' only (it names the output folder), got '{name}'");
        string modelName = Required(config, "Model");
        string? modelFile = config["ModelFile"];
        ISimulationModel model;
        if (models.NeedsModelFile(modelName))
        {
            if (string.IsNullOrWhiteSpace(modelFile)) throw new ExperimentInputException("ModelFile", $"is required by model '{modelName}' (a JSON model file, e.g. models/example-network.json)");
            model = models.FromFile(modelName, modelFile);
        }
        else
        {
            model = models.Find(modelName)
                ?? throw new ExperimentInputException("Model", $"unknown model '{modelName}'; known: {string.Join(", ", models.Names)}");
            if (modelFile is not null) throw new ExperimentInputException("ModelFile", $"model '{modelName}' takes no model file");
        }
        // A resolved experiment (experiment.json of a run or shard) records the digest of its model file.
        if (config["InputFingerprint"] is { } recorded && recorded != model.InputFingerprint)
            throw new ExperimentInputException("ModelFile", $"'{modelFile}' (or a file it names) has changed since this experiment was run; rerun it instead of resuming or merging");

        int replications = Integer(config, "Replications", 10, min: 2);
        double runLength = Number(config, "RunLength", null, positive: true);
        double? warmUp = null;
        bool mser = false;
        string warmText = config["WarmUp"] ?? "0";
        if (warmText.Equals("mser5", StringComparison.OrdinalIgnoreCase))
        {
            if (model is not IPilotSeriesModel)
                throw new ExperimentInputException("WarmUp", $"'mser5' needs a model that records a pilot series; '{model.Name}' does not: give a number");
            mser = true;
        }
        else
        {
            warmUp = Number(config, "WarmUp", 0, positive: false);
            if (warmUp >= runLength)
                throw new ExperimentInputException("WarmUp", $"the warm-up ({warmUp}) must be shorter than the run length ({runLength})");
        }
        string seedText = config["MasterSeed"] ?? "1";
        if (!ulong.TryParse(seedText, NumberStyles.None, CultureInfo.InvariantCulture, out ulong seed))
            throw new ExperimentInputException("MasterSeed", $"must be a non-negative integer, got '{seedText}'");

        var (scenarios, parameters) = ScenarioExpander.Expand(config, model);
        string primary = config["PrimaryMeasure"] ?? model.Measures[0];
        if (!model.Measures.Contains(primary))
            throw new ExperimentInputException("PrimaryMeasure", $"'{primary}' is not a measure of model '{model.Name}' ({string.Join(", ", model.Measures)})");

        int? baseline = null;
        if (config["Baseline"] is { } baselineName)
        {
            var match = scenarios.FirstOrDefault(s => s.Name == baselineName)
                ?? throw new ExperimentInputException("Baseline", $"no scenario is named '{baselineName}'");
            baseline = match.Index;
        }

        double? target = null;
        int maxReplications = replications;
        if (config["TargetRelativeHalfWidth"] is not null)
        {
            target = Number(config, "TargetRelativeHalfWidth", null, positive: true);
            maxReplications = Integer(config, "MaxReplications", replications * 10, min: replications);
        }
        else if (config["MaxReplications"] is not null)
        {
            throw new ExperimentInputException("MaxReplications", "only meaningful with TargetRelativeHalfWidth");
        }

        var plots = ReadPlots(config, model, scenarios, parameters);
        var series = RecordingOptions.TimeSeries(config, model, scenarios, baseline, (warmUp ?? 0) + runLength, target is null ? replications : maxReplications);
        var decisionLog = RecordingOptions.DecisionLog(config, model, replications);
        var stress = RecordingOptions.Stress(config, parameters, baseline);
        var canonical = Canonical(name, model, modelFile, scenarios, replications, runLength, warmUp, mser, seed, target, maxReplications, primary, baseline, plots,
            doc => RecordingOptions.AddCanonical(doc, series, decisionLog, stress, scenarios));
        string hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(canonical)));
        return new ExperimentDefinition
        {
            Name = name,
            Model = model,
            Scenarios = scenarios,
            Parameters = parameters,
            ModelFile = modelFile,
            Replications = replications,
            RunLength = runLength,
            WarmUp = warmUp,
            WarmUpByMser5 = mser,
            MasterSeed = seed,
            TargetRelativeHalfWidth = target,
            MaxReplications = maxReplications,
            PrimaryMeasure = primary,
            BaselineScenario = baseline,
            Plots = plots,
            TimeSeries = series,
            DecisionLog = decisionLog,
            Stress = stress,
            ConfigurationHash = hash,
            ResolvedJson = canonical,
        };
    }

    internal static void CheckKeys(IConfiguration section, string path, IReadOnlyCollection<string> allowed)
    {
        foreach (var child in section.GetChildren())
        {
            if (!allowed.Contains(child.Key, StringComparer.OrdinalIgnoreCase))
                throw new ExperimentInputException(path + child.Key, $"unknown key; allowed here: {string.Join(", ", allowed)}");
        }
    }

    private static string Required(IConfiguration config, string key) =>
        string.IsNullOrWhiteSpace(config[key]) ? throw new ExperimentInputException(key, "is required") : config[key]!;

    internal static double Number(IConfiguration config, string key, double? fallback, bool positive)
    {
        string? text = config[key];
        if (text is null)
            return fallback ?? throw new ExperimentInputException(key, "is required");
        if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out double x) || !double.IsFinite(x))
            throw new ExperimentInputException(key, $"must be a finite number, got '{text}'");
        if (positive ? !(x > 0) : !(x >= 0))
            throw new ExperimentInputException(key, positive ? $"must be > 0, got {text}" : $"must be >= 0, got {text}");
        return x;
    }

    internal static int Integer(IConfiguration config, string key, int fallback, int min)
    {
        string? text = config[key];
        if (text is null) return fallback;
        if (!int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out int n) || n < min)
            throw new ExperimentInputException(key, $"must be an integer >= {min}, got '{text}'");
        return n;
    }

    private static List<PlotSpec> ReadPlots(IConfiguration config, ISimulationModel model, IReadOnlyList<Scenario> scenarios, IReadOnlyList<ParameterSpec> parameters)
    {
        var plots = new List<PlotSpec>();
        foreach (var p in config.GetSection("Plots").GetChildren())
        {
            string path = $"Plots:{p.Key}:";
            CheckKeys(p, path, ["Measure", "X", "Series"]);
            string measure = p["Measure"] ?? throw new ExperimentInputException(path + "Measure", "is required");
            if (!model.Measures.Contains(measure))
                throw new ExperimentInputException(path + "Measure", $"'{measure}' is not a measure of model '{model.Name}'");
            foreach (var key in new[] { "X", "Series" })
            {
                if (p[key] is { } parameter && !scenarios[0].Values.ContainsKey(parameter))
                    throw new ExperimentInputException(path + key, $"'{parameter}' is not a parameter of model '{model.Name}'");
            }
            if (p["X"] is { } x && parameters.First(s => s.Name == x).Rule is ParameterRule.Choice or ParameterRule.Text)
                throw new ExperimentInputException(path + "X", $"'{x}' is not numeric; use it as Series");
            plots.Add(new PlotSpec(measure, p["X"], p["Series"]));
        }
        return plots;
    }

    /// <summary>
    /// The resolved experiment as a JSON experiment file: every scenario named and fully
    /// specified. Loading it gives back the same definition (and hash), which is how shards
    /// are merged and runs resumed without the original file.
    /// </summary>
    private static string Canonical(string name, ISimulationModel model, string? modelFile, IReadOnlyList<Scenario> scenarios, int replications,
        double runLength, double? warmUp, bool mser, ulong seed, double? target, int maxReplications, string primary, int? baseline,
        IReadOnlyList<PlotSpec> plots, Action<Dictionary<string, object>> recording)
    {
        static string N(double x) => x.ToString("R", CultureInfo.InvariantCulture);
        var doc = new Dictionary<string, object>
        {
            ["Name"] = name,
            ["Model"] = model.Name,
            ["Replications"] = replications.ToString(CultureInfo.InvariantCulture),
            ["RunLength"] = N(runLength),
            ["WarmUp"] = mser ? "mser5" : N(warmUp!.Value),
            ["MasterSeed"] = seed.ToString(CultureInfo.InvariantCulture),
            ["PrimaryMeasure"] = primary,
        };
        if (modelFile is not null) doc["ModelFile"] = modelFile;
        // The model file's content (and the files it names) joins the hash: a changed file is another configuration.
        if (model.InputFingerprint is { } fingerprint) doc["InputFingerprint"] = fingerprint;
        if (baseline is { } b) doc["Baseline"] = scenarios[b].Name;
        if (target is { } t)
        {
            doc["TargetRelativeHalfWidth"] = N(t);
            doc["MaxReplications"] = maxReplications.ToString(CultureInfo.InvariantCulture);
        }
        doc["Scenarios"] = scenarios.Select(s =>
        {
            var entry = new Dictionary<string, string> { ["name"] = s.Name };
            foreach (var kv in s.Values.OrderBy(kv => kv.Key, StringComparer.Ordinal)) entry[kv.Key] = kv.Value;
            return entry;
        }).ToList();
        doc["Plots"] = plots.Select(p =>
        {
            var entry = new Dictionary<string, string> { ["Measure"] = p.Measure };
            if (p.X is not null) entry["X"] = p.X;
            if (p.Series is not null) entry["Series"] = p.Series;
            return entry;
        }).ToList();
        recording(doc);
        return JsonSerializer.Serialize(doc, new JsonSerializerOptions { WriteIndented = true });
    }
}
