using System.Globalization;

namespace SpareSim.Experiments.Simulation;

/// <summary>
/// One scenario of an experiment: a stable index and name, and the value of every model
/// parameter (defaults filled in), kept as invariant-culture text and read typed.
/// </summary>
public sealed class Scenario
{
    private readonly IReadOnlyDictionary<string, string> _values;

    /// <summary>Creates a scenario.</summary>
    public Scenario(int index, string name, IReadOnlyDictionary<string, string> values)
    {
        Index = index;
        Name = name;
        _values = values;
    }

    /// <summary>The scenario's position in the experiment (0-based).</summary>
    public int Index { get; }

    /// <summary>The scenario's name (given, or built from its varying parameters).</summary>
    public string Name { get; }

    /// <summary>All parameter values.</summary>
    public IReadOnlyDictionary<string, string> Values => _values;

    /// <summary>A numeric parameter.</summary>
    public double GetDouble(string name) => double.Parse(Get(name), NumberStyles.Float, CultureInfo.InvariantCulture);

    /// <summary>An integer parameter.</summary>
    public int GetInt(string name) => checked((int)GetDouble(name));

    /// <summary>A text parameter.</summary>
    public string GetString(string name) => Get(name);

    private string Get(string name) =>
        _values.TryGetValue(name, out var v) ? v : throw new KeyNotFoundException($"scenario '{Name}' has no parameter '{name}'");
}
