using System.Collections.Concurrent;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using SpareSim.Experiments.Configuration;
using SpareSim.Experiments.Simulation;
using SpareSim.Models.Network.Controllers;
using SpareSim.Models.Network.Engine;
using SpareSim.Models.Network.File;
using SpareSim.Models.Network.Logging;
using SpareSim.Models.Network.Monitoring;

namespace SpareSim.Experiments.Models.SupplyNetwork;

/// <summary>
/// The "supply-network" model: any network of a JSON model file (the experiment's <c>ModelFile</c>),
/// simulated by <see cref="SpareSim.Models.Network.Engine.SupplyNetwork"/>. A scenario sets any value of the file by its path
/// (<c>"stockPoints:north/pump:stock:cm": 3</c>, <c>"sources:printer:printers": 2</c>); each
/// scenario's file is validated (paths in messages) before anything runs. The measures are the
/// network's (<see cref="NetworkBlueprint.Measures"/>), named after the file's elements.
/// </summary>
public sealed class SupplyNetworkModel : ISimulationModel, IRecordingModel
{
    private readonly string _file;
    private readonly JsonNode _root;
    private readonly ControllerRegistry _controllers;
    private readonly ConcurrentDictionary<string, Lazy<NetworkBlueprint>> _blueprints = new();

    /// <summary>Reads and validates <paramref name="modelFile"/>; throws <see cref="ExperimentInputException"/> for a bad file.</summary>
    public SupplyNetworkModel(string modelFile, ControllerRegistry controllers)
    {
        _file = modelFile ?? throw new ArgumentNullException(nameof(modelFile));
        _controllers = controllers ?? throw new ArgumentNullException(nameof(controllers));
        var model = Load(new Dictionary<string, string>());
        NetworkBlueprint blueprint;
        try
        {
            blueprint = new NetworkBlueprint(model, _controllers);
        }
        catch (NetworkModelException e)
        {
            throw new ExperimentInputException("ModelFile", $"{_file}: {e.Message}");
        }
        Measures = blueprint.Measures;
        _blueprints[""] = new Lazy<NetworkBlueprint>(blueprint);
        _root = JsonNode.Parse(System.IO.File.ReadAllText(modelFile), documentOptions: new() { CommentHandling = System.Text.Json.JsonCommentHandling.Skip, AllowTrailingCommas = true })!;
        InputFingerprint = Fingerprint(modelFile, model);
        Description = $"supply network '{model.Definition.Name}' from {modelFile}";
        TimeUnit = model.Definition.TimeUnit;
    }

    /// <inheritdoc />
    public string TimeUnit { get; }

    /// <inheritdoc />
    public string Name => "supply-network";

    /// <inheritdoc />
    public string Description { get; }

    /// <inheritdoc />
    public IReadOnlyList<ParameterSpec> Parameters { get; } = [];

    /// <inheritdoc />
    public IReadOnlyList<string> Measures { get; }

    /// <inheritdoc />
    public string? InputFingerprint { get; }

    /// <inheritdoc />
    public ParameterSpec? FindParameter(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (!name.Contains(':')) return null;
        var value = Resolve(name);
        if (value is JsonObject or JsonArray)
            throw new ExperimentInputException(name, $"'{name}' is an object or list of model file {_file}; set one of its values ('{name}:...')");
        string description = $"model file value at {name}";
        return value is JsonValue v && v.GetValueKind() == System.Text.Json.JsonValueKind.Number
            ? new ParameterSpec(name, description, v.GetValue<double>().ToString("R", CultureInfo.InvariantCulture), ParameterRule.Real)
            : new ParameterSpec(name, description, value is JsonValue t && t.TryGetValue(out string? s) ? s : null, ParameterRule.Text);
    }

    /// <inheritdoc />
    public string? ValidateScenario(Scenario scenario)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        try
        {
            var blueprint = Blueprint(scenario);
            if (!blueprint.Measures.SequenceEqual(Measures))
                return "the scenario changes which measures the network has (e.g. a failure mode); use a second model file instead";
            return null;
        }
        catch (NetworkModelException e)
        {
            return $"model file {_file}: {e.Message}";
        }
    }

    /// <inheritdoc />
    public RunEstimate? Estimate(Scenario scenario) => NetworkRunEstimate.Of(Blueprint(scenario).Definition);

    /// <inheritdoc />
    public double[] RunReplication(Scenario scenario, ReplicationContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return SpareSim.Models.Network.Engine.SupplyNetwork.Run(Blueprint(scenario), context.Streams, context.WarmUp, context.RunLength).Measures;
    }

    /// <inheritdoc />
    public string? CheckSeriesMeasure(string measure)
    {
        var names = SpareSim.Models.Network.Engine.SupplyNetwork.SampleableMeasures(Blueprint(new Scenario(0, "", new Dictionary<string, string>())).Definition);
        return names.Contains(measure) ? null : $"'{measure}' cannot be sampled over time; these can: {string.Join(", ", names)}";
    }

    /// <inheritdoc />
    public double[] RunReplication(Scenario scenario, ReplicationContext context, TimeSeriesSpec spec, out double[] series)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(spec);
        var grid = new TimeGrid(spec.From, spec.Step, spec.Points);
        // The loader keeps the grid inside the run, so the measures are those of a run without it.
        var (measures, _, values) = SpareSim.Models.Network.Engine.SupplyNetwork.Run(Blueprint(scenario), context.Streams, context.WarmUp, context.RunLength, null, (grid, spec.Measures));
        series = values;
        return measures;
    }

    /// <inheritdoc />
    public IReadOnlyList<DecisionRecord> RunLogged(Scenario scenario, ReplicationContext context, int maxRows, out long dropped)
    {
        ArgumentNullException.ThrowIfNull(context);
        var blueprint = Blueprint(scenario);
        var log = new DecisionLog(blueprint.Definition, maxRows, context.WarmUp);
        SpareSim.Models.Network.Engine.SupplyNetwork.Run(blueprint, context.Streams, context.WarmUp, context.RunLength, log, null);
        dropped = log.Dropped;
        return log.Rows;
    }

    /// <summary>The blueprint of a scenario (its path values applied to the model file), built once.</summary>
    public NetworkBlueprint Blueprint(Scenario scenario)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        var overrides = scenario.Values.Where(kv => kv.Key.Contains(':')).ToDictionary(kv => kv.Key, kv => kv.Value);
        string key = string.Join(";", overrides.OrderBy(kv => kv.Key, StringComparer.Ordinal).Select(kv => kv.Key + "=" + kv.Value));
        var lazy = _blueprints.GetOrAdd(key, _ => new Lazy<NetworkBlueprint>(() => new NetworkBlueprint(Load(overrides), _controllers)));
        try
        {
            return lazy.Value;
        }
        catch (NetworkModelException)
        {
            _blueprints.TryRemove(key, out _);
            throw;
        }
    }

    private NetworkModel Load(IReadOnlyDictionary<string, string> overrides)
    {
        try
        {
            return NetworkModelFile.Load(_file, overrides);
        }
        catch (IOException e)
        {
            throw new ExperimentInputException("ModelFile", $"cannot read '{_file}': {e.Message}");
        }
        catch (NetworkModelException e) when (overrides.Count == 0)
        {
            throw new ExperimentInputException("ModelFile", $"{_file}: {e.Message}");
        }
    }

    private JsonNode Resolve(string path) => ModelFileOverrides.Find(_root, path)
        ?? throw new ExperimentInputException(path, $"model file {_file} has no value at this path (segments: list elements by name, a stock point by SITE/PART, object keys)");

    // The file's bytes and those of every file its controllers name: a changed policy table is a changed input.
    private static string Fingerprint(string file, NetworkModel model)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(System.IO.File.ReadAllBytes(file));
        foreach (var point in model.Definition.StockPoints)
        {
            if (point.Controller.Settings["file"] is JsonValue v && v.TryGetValue(out string? name))
            {
                string path = Path.IsPathRooted(name) ? name : Path.Combine(model.BaseDirectory, name);
                hash.AppendData(Encoding.UTF8.GetBytes(name));
                if (System.IO.File.Exists(path)) hash.AppendData(System.IO.File.ReadAllBytes(path));
            }
        }
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }
}
