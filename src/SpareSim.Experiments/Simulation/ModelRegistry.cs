namespace SpareSim.Experiments.Simulation;

/// <summary>The simulation models an experiment can name, by <see cref="ISimulationModel.Name"/>.</summary>
public sealed class ModelRegistry
{
    private readonly Dictionary<string, ISimulationModel> _models = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, Func<string, ISimulationModel>> _fileModels = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Registers <paramref name="model"/>; names must be unique.</summary>
    public ModelRegistry Add(ISimulationModel model)
    {
        Check(model);
        if (_fileModels.ContainsKey(model.Name) || !_models.TryAdd(model.Name, model)) throw new ArgumentException($"a model named '{model.Name}' is already registered", nameof(model));
        return this;
    }

    /// <summary>
    /// Registers a model built from a model file (the experiment's <c>ModelFile</c>), such as the
    /// supply network; <paramref name="build"/> throws <see cref="Configuration.ExperimentInputException"/> for a bad file.
    /// </summary>
    public ModelRegistry AddFileModel(string name, Func<string, ISimulationModel> build)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(build);
        if (_models.ContainsKey(name) || !_fileModels.TryAdd(name, build)) throw new ArgumentException($"a model named '{name}' is already registered", nameof(name));
        return this;
    }

    /// <summary>Whether <paramref name="name"/> is a model built from a model file.</summary>
    public bool NeedsModelFile(string name) => _fileModels.ContainsKey(name);

    /// <summary>The model <paramref name="name"/> built from <paramref name="modelFile"/> (its names checked like a registered model's).</summary>
    public ISimulationModel FromFile(string name, string modelFile)
    {
        var model = _fileModels[name](modelFile);
        Check(model);
        return model;
    }

    private static void Check(ISimulationModel model)
    {
        // Parameters and measures become columns of the same Parquet tables: names must be
        // snake_case, distinct from each other and from the runner's own columns.
        string[] reserved = ["scenario_index", "scenario", "replication", "replications", "warm_up"];
        var names = model.Parameters.Select(p => p.Name).Concat(model.Measures).Concat(reserved).ToList();
        if (names.FirstOrDefault(n => !System.Text.RegularExpressions.Regex.IsMatch(n, "^[a-z][a-z0-9_]*$")) is { } bad)
            throw new ArgumentException($"model '{model.Name}': '{bad}' is not snake_case", nameof(model));
        if (names.GroupBy(n => n).FirstOrDefault(g => g.Count() > 1) is { } clash)
            throw new ArgumentException($"model '{model.Name}': '{clash.Key}' names two things (parameter, measure or reserved column)", nameof(model));
    }

    /// <summary>The registered names, sorted.</summary>
    public IEnumerable<string> Names => _models.Keys.Concat(_fileModels.Keys).Order(StringComparer.Ordinal);

    /// <summary>The model named <paramref name="name"/>, or null.</summary>
    public ISimulationModel? Find(string name) => _models.GetValueOrDefault(name);
}
