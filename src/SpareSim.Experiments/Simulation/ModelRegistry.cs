namespace SpareSim.Experiments.Simulation;

/// <summary>The simulation models an experiment can name, by <see cref="ISimulationModel.Name"/>.</summary>
public sealed class ModelRegistry
{
    private readonly Dictionary<string, ISimulationModel> _models = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Registers <paramref name="model"/>; names must be unique.</summary>
    public ModelRegistry Add(ISimulationModel model)
    {
        if (!_models.TryAdd(model.Name, model)) throw new ArgumentException($"a model named '{model.Name}' is already registered", nameof(model));
        return this;
    }

    /// <summary>The registered names, sorted.</summary>
    public IEnumerable<string> Names => _models.Keys.Order(StringComparer.Ordinal);

    /// <summary>The model named <paramref name="name"/>, or null.</summary>
    public ISimulationModel? Find(string name) => _models.GetValueOrDefault(name);
}
