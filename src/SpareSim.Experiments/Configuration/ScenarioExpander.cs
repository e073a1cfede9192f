using System.Globalization;
using Microsoft.Extensions.Configuration;
using SpareSim.Experiments.Simulation;

namespace SpareSim.Experiments.Configuration;

/// <summary>
/// Turns the <c>Parameters</c> (common values), <c>Scenarios</c> (a list) and <c>Grid</c>
/// (a full factorial) sections into the experiment's scenarios: every listed scenario crossed
/// with every grid combination, defaults filled in, every value validated against the model.
/// </summary>
internal static class ScenarioExpander
{
    public static List<Scenario> Expand(IConfiguration config, ISimulationModel model)
    {
        var specs = model.Parameters.ToDictionary(p => p.Name, StringComparer.OrdinalIgnoreCase);
        var common = ReadValues(config.GetSection("Parameters"), "Parameters:", specs, allowName: false);

        var listed = new List<(string? Name, Dictionary<string, string> Values)>();
        foreach (var s in config.GetSection("Scenarios").GetChildren())
            listed.Add((s["name"], ReadValues(s, $"Scenarios:{s.Key}:", specs, allowName: true)));
        if (listed.Count == 0 && config.GetChildren().Any(c => c.Key.Equals("Scenarios", StringComparison.OrdinalIgnoreCase)))
            throw new ExperimentInputException("Scenarios", "is an empty list; list at least one scenario, or leave the key out for one scenario of the Parameters");
        if (listed.Count == 0) listed.Add((null, new Dictionary<string, string>()));

        var grid = new List<(string Parameter, List<string> Levels)>();
        foreach (var g in config.GetSection("Grid").GetChildren())
        {
            string key = $"Grid:{g.Key}";
            if (!specs.TryGetValue(g.Key, out var spec))
                throw new ExperimentInputException(key, $"unknown parameter of model '{model.Name}'; known: {string.Join(", ", specs.Keys)}");
            var levels = g.GetChildren().Select((c, i) => Checked(spec, c.Value, $"{key}:{i}")).ToList();
            if (levels.Count == 0) throw new ExperimentInputException(key, "must list at least one value");
            grid.Add((spec.Name, levels));
        }

        var scenarios = new List<Scenario>();
        var names = new HashSet<string>(StringComparer.Ordinal);
        var varying = listed.SelectMany(l => l.Values.Keys).Concat(grid.Select(g => g.Parameter)).Distinct().ToList();
        foreach (var (listedName, listedValues) in listed)
        {
            foreach (var combination in Combinations(grid))
            {
                var values = new Dictionary<string, string>(StringComparer.Ordinal);
                foreach (var spec in model.Parameters)
                {
                    if (combination.TryGetValue(spec.Name, out var v) || listedValues.TryGetValue(spec.Name, out v) || common.TryGetValue(spec.Name, out v))
                        values[spec.Name] = v;
                    else if (spec.Default is not null)
                        values[spec.Name] = spec.Default;
                    else
                        throw new ExperimentInputException($"Parameters:{spec.Name}", $"is required by model '{model.Name}' ({spec.Description})");
                }
                string name = listedName ?? "";
                string gridPart = string.Join(",", combination.Select(kv => $"{kv.Key}={kv.Value}"));
                if (name.Length == 0)
                    name = varying.Count == 0 ? "base" : string.Join(",", varying.Select(p => $"{p}={values[p]}"));
                else if (gridPart.Length > 0)
                    name = $"{name},{gridPart}";
                if (!names.Add(name)) throw new ExperimentInputException("Scenarios", $"two scenarios are both named '{name}'");
                var scenario = new Scenario(scenarios.Count, name, values);
                if (model.ValidateScenario(scenario) is { } problem)
                    throw new ExperimentInputException($"Scenarios ('{name}')", problem);
                scenarios.Add(scenario);
            }
        }
        return scenarios;
    }

    private static Dictionary<string, string> ReadValues(IConfiguration section, string path,
        Dictionary<string, ParameterSpec> specs, bool allowName)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var child in section.GetChildren())
        {
            if (allowName && child.Key.Equals("name", StringComparison.OrdinalIgnoreCase)) continue;
            if (!specs.TryGetValue(child.Key, out var spec))
                throw new ExperimentInputException(path + child.Key, $"unknown parameter; known: {string.Join(", ", specs.Keys)}");
            values[spec.Name] = Checked(spec, child.Value, path + child.Key);
        }
        return values;
    }

    private static string Checked(ParameterSpec spec, string? value, string key)
    {
        if (value is null) throw new ExperimentInputException(key, "must be a single value");
        if (spec.Check(value) is { } problem) throw new ExperimentInputException(key, $"{spec.Name} {problem}");
        if (spec.Rule == ParameterRule.Choice) return spec.Choices!.First(c => c.Equals(value, StringComparison.OrdinalIgnoreCase));
        // Normalize numbers so "1.0" and "1" name the same scenario and hash the same.
        return double.Parse(value, NumberStyles.Float, CultureInfo.InvariantCulture).ToString("R", CultureInfo.InvariantCulture);
    }

    private static IEnumerable<Dictionary<string, string>> Combinations(List<(string Parameter, List<string> Levels)> grid)
    {
        IEnumerable<Dictionary<string, string>> result = [new Dictionary<string, string>(StringComparer.Ordinal)];
        foreach (var (parameter, levels) in grid)
        {
            result = result.SelectMany(partial => levels.Select(level =>
                new Dictionary<string, string>(partial, StringComparer.Ordinal) { [parameter] = level })).ToList();
        }
        return result;
    }
}
