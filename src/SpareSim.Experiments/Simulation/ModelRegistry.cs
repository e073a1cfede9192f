namespace SpareSim.Experiments.Simulation;

/// <summary>The simulation models an experiment can name, by <see cref="ISimulationModel.Name"/>.</summary>
public sealed class ModelRegistry
{
    private readonly Dictionary<string, ISimulationModel> _models = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Registers <paramref name="model"/>; names must be unique.</summary>
    public ModelRegistry Add(ISimulationModel model)
    {
        // Parameters and measures become columns of the same Parquet tables: names must be
        // snake_case, distinct from each other and from the runner's own columns.
        string[] reserved = ["scenario_index", "scenario", "replication", "replications", "warm_up"];
        var names = model.Parameters.Select(p => p.Name).Concat(model.Measures).Concat(reserved).ToList();
        if (names.FirstOrDefault(n => !System.Text.RegularExpressions.Regex.IsMatch(n, "^[a-z][a-z0-9_]*$")) is { } bad)
            throw new ArgumentException($"model '{model.Name}': '{bad}' is not snake_case", nameof(model));
        if (names.GroupBy(n => n).FirstOrDefault(g => g.Count() > 1) is { } clash)
            throw new ArgumentException($"model '{model.Name}': '{clash.Key}' names two things (parameter, measure or reserved column)", nameof(model));
        if (!_models.TryAdd(model.Name, model)) throw new ArgumentException($"a model named '{model.Name}' is already registered", nameof(model));
        return this;
    }

    /// <summary>The registered names, sorted.</summary>
    public IEnumerable<string> Names => _models.Keys.Order(StringComparer.Ordinal);

    /// <summary>The model named <paramref name="name"/>, or null.</summary>
    public ISimulationModel? Find(string name) => _models.GetValueOrDefault(name);
}
