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
    /// <summary>The scenarios, and every parameter they carry (the model's own, then the path parameters set).</summary>
    public static (List<Scenario> Scenarios, List<ParameterSpec> Parameters) Expand(IConfiguration config, ISimulationModel model)
    {
        var specs = model.Parameters.ToDictionary(p => p.Name, StringComparer.OrdinalIgnoreCase);
        var dynamic = new List<ParameterSpec>();
        var resolver = new ParameterResolver(model, specs, dynamic);
        var common = ReadValues(config.GetSection("Parameters"), "Parameters:", resolver, allowName: false);

        var listed = new List<(string? Name, Dictionary<string, string> Values)>();
        foreach (var s in config.GetSection("Scenarios").GetChildren())
            listed.Add((s["name"], ReadValues(s, $"Scenarios:{s.Key}:", resolver, allowName: true)));
        if (listed.Count == 0 && config.GetChildren().Any(c => c.Key.Equals("Scenarios", StringComparison.OrdinalIgnoreCase)))
            throw new ExperimentInputException("Scenarios", "is an empty list; list at least one scenario, or leave the key out for one scenario of the Parameters");
        if (listed.Count == 0) listed.Add((null, new Dictionary<string, string>()));

        var grid = new List<(string Parameter, List<string> Levels)>();
        foreach (var (name, g) in GridEntries(config.GetSection("Grid"), ""))
        {
            string key = $"Grid:{name}";
            var spec = resolver.Find(name, key);
            var levels = g.GetChildren().Select((c, i) => Checked(spec, c.Value, $"{key}:{i}")).ToList();
            if (levels.Count == 0) throw new ExperimentInputException(key, "must list at least one value");
            // A common value the grid also sets is never used (the grid's levels replace it in
            // every scenario): most likely an override that was meant to take effect.
            if (common.ContainsKey(spec.Name))
                throw new ExperimentInputException($"Parameters:{spec.Name}", $"is also varied by Grid ({key}), whose values replace it in every scenario; set it in one place");
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
                foreach (var spec in model.Parameters.Concat(dynamic))
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
        return (scenarios, [.. model.Parameters, .. dynamic]);
    }

    private static Dictionary<string, string> ReadValues(IConfiguration section, string path, ParameterResolver resolver, bool allowName)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (name, child) in Leaves(section, ""))
        {
            if (allowName && name.Equals("name", StringComparison.OrdinalIgnoreCase)) continue;
            var spec = resolver.Find(name, path + name);
            values[spec.Name] = Checked(spec, child.Value, path + name);
        }
        return values;
    }

    // Values given as nested objects ("stockPoints": { "north/pump": { "stock": ... } }) or with
    // ':' in the key name the same path; a section without a value is descended into.
    private static IEnumerable<(string Name, IConfigurationSection Section)> Leaves(IConfiguration section, string prefix)
    {
        foreach (var child in section.GetChildren())
        {
            string name = prefix + child.Key;
            if (child.Value is null && child.GetChildren().Any())
            {
                foreach (var leaf in Leaves(child, name + ":")) yield return leaf;
            }
            else
            {
                yield return (name, child);
            }
        }
    }

    // A grid entry is a list (children "0", "1", ...); a section of named children is a path prefix.
    private static IEnumerable<(string Name, IConfigurationSection Section)> GridEntries(IConfiguration section, string prefix)
    {
        foreach (var child in section.GetChildren())
        {
            string name = prefix + child.Key;
            var children = child.GetChildren().ToList();
            if (children.Count > 0 && !children.All(c => int.TryParse(c.Key, out _)))
            {
                foreach (var entry in GridEntries(child, name + ":")) yield return entry;
            }
            else
            {
                yield return (name, child);
            }
        }
    }

    /// <summary>Finds a parameter by name: the model's own, else one the model accepts by form (kept once, in order of first use).</summary>
    private sealed class ParameterResolver(ISimulationModel model, Dictionary<string, ParameterSpec> specs, List<ParameterSpec> dynamic)
    {
        public ParameterSpec Find(string name, string key)
        {
            if (specs.TryGetValue(name, out var spec)) return spec;
            if (dynamic.FirstOrDefault(d => d.Name == name) is { } known) return known;
            ParameterSpec? found;
            try
            {
                found = model.FindParameter(name);
            }
            catch (ExperimentInputException e)
            {
                throw new ExperimentInputException(key, e.Problem);
            }
            if (found is null)
                throw new ExperimentInputException(key, $"unknown parameter of model '{model.Name}'; known: {string.Join(", ", specs.Keys)}");
            dynamic.Add(found);
            return found;
        }
    }

    private static string Checked(ParameterSpec spec, string? value, string key)
    {
        if (value is null) throw new ExperimentInputException(key, "must be a single value");
        if (spec.Check(value) is { } problem) throw new ExperimentInputException(key, $"{spec.Name} {problem}");
        if (spec.Rule == ParameterRule.Text) return value;
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
