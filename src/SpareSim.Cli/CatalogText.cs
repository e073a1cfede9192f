using System.Collections;
using System.Globalization;
using System.Reflection;
using System.Text.Json;
using SpareSim.Experiments;
using SpareSim.Experiments.Simulation;
using SpareSim.Experiments.Studies;

namespace SpareSim.Cli;

/// <summary>
/// The help texts built from the catalog, so they list exactly what an experiment file can name:
/// the experiment keys, each model with its parameters and measures, each study with its options.
/// </summary>
internal static class CatalogText
{
    /// <summary>The keys of a replicated-simulation experiment file, with their meaning and default.</summary>
    private static readonly (string Key, string Meaning)[] ExperimentKeys =
    [
        ("Name", "the experiment's name (default output folder runs/NAME)"),
        ("Description", "free text, copied into the report"),
        ("Model", "a model below (or Study: a study below)"),
        ("ModelFile", "the JSON model file of Model supply-network"),
        ("Replications", "replications per scenario, >= 2"),
        ("RunLength", "observed time per replication, in the model's time unit"),
        ("WarmUp", "time discarded before observing (default 0), or \"mser5\""),
        ("MasterSeed", "seed of every random stream (default 1)"),
        ("Parameters", "values common to all scenarios (model parameters below)"),
        ("Scenarios", "a list of parameter sets, each with an optional name"),
        ("Grid", "parameter -> list of values: a full factorial crossed with Scenarios"),
        ("Baseline", "a scenario name: paired (CRN) differences against it"),
        ("PrimaryMeasure", "the measure of the sequential stopping rule and the report"),
        ("TargetRelativeHalfWidth", "add replications until the primary 95% CI is this tight (with MaxReplications)"),
        ("MaxReplications", "the cap of the sequential stopping rule"),
        ("Plots", "a list of { Measure, X, Series }"),
        ("TimeSeries", "{ From, Step, To, Measures, Reference }: measures sampled over time (supply-network)"),
        ("DecisionLog", "{ MaxRows (required), Replications }: events.parquet of decisions and disruptions"),
        ("Stress", "{ Disruptions: [switch parameters], Better: higher|lower }: mitigation ranking"),
    ];

    public static void WriteExperimentKeys(TextWriter w)
    {
        w.WriteLine("Experiment keys (any key can be overridden as --Key=Value, nested ones as --Parameters:k=30):");
        foreach (var (key, meaning) in ExperimentKeys) w.WriteLine($"  {key,-24} {meaning}");
        w.WriteLine("A study's file names \"Study\" and the study's own options (sparesim studies); --out overrides its \"output\".");
    }

    /// <summary>
    /// <c>sparesim models|studies [NAME]</c>: writes every entry of the catalog, or the one named;
    /// exit 2 for an unknown name (listing the names) or for more than a name.
    /// </summary>
    public static int ShowOneOrAll(string command, string noun, IEnumerable<string> names, string[] args, Action<string?> write)
    {
        if (args.Length > 1 || (args.Length == 1 && args[0].StartsWith('-')))
        {
            Console.Error.WriteLine($"usage: sparesim {command} [NAME]");
            return 2;
        }
        if (args.Length == 1 && !names.Contains(args[0]))
        {
            Console.Error.WriteLine($"sparesim {command}: no {noun} named '{args[0]}' (the {command}: {string.Join(", ", names)})");
            return 2;
        }
        write(args.Length == 1 ? args[0] : null);
        return 0;
    }

    /// <summary>Writes every model, or only the one named <paramref name="only"/> (which must exist).</summary>
    public static void WriteModels(TextWriter w, bool withParameters, string? only = null)
    {
        var models = Catalog.Models();
        w.WriteLine("Models:");
        foreach (string name in models.Names)
        {
            if (only is not null && name != only) continue;
            var model = models.Find(name);
            if (model is null)
            {
                w.WriteLine($"  {name,-16} built from its model file (ModelFile); scenario values by model-file path, e.g. \"sources:printer:printers\"");
                continue;
            }
            w.WriteLine($"  {name,-16} {model.Description}");
            if (!withParameters) continue;
            foreach (var p in model.Parameters)
                w.WriteLine($"      {p.Name,-24} {Describe(p)}");
            w.WriteLine($"      measures: {string.Join(", ", model.Measures)}");
        }
    }

    /// <summary>Writes every study, or only the one named <paramref name="only"/> (which must exist).</summary>
    public static void WriteStudies(TextWriter w, bool withOptions, string? only = null)
    {
        var studies = Catalog.Studies();
        w.WriteLine("Studies:");
        foreach (string name in studies.Names)
        {
            if (only is not null && name != only) continue;
            var study = studies.Find(name)!;
            w.WriteLine($"  {name}{(study.RunsThroughRunner ? "   (--shard i/n: simulation shards, merged, then the study again)" : "")}");
            if (!withOptions || study.OptionsType is null) continue;
            foreach (var (key, value) in Options(study.OptionsType))
                w.WriteLine($"      {key,-24} {value}");
        }
    }

    private static string Describe(ParameterSpec p)
    {
        string rule = p.Choices is { } c ? "one of " + string.Join("|", c) : p.Rule.ToString();
        return $"{p.Description} [{rule}; {(p.Default is null ? "required" : "default " + p.Default)}]";
    }

    /// <summary>Each settable option of a study (camelCase, as the experiment files write them) with its default.</summary>
    private static IEnumerable<(string Key, string Default)> Options(Type type)
    {
        object? defaults = type.GetConstructor(Type.EmptyTypes) is null ? null : Activator.CreateInstance(type);
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.SetMethod is not { IsPublic: true }) continue;
            string key = char.ToLowerInvariant(property.Name[0]) + property.Name[1..];
            yield return (key, defaults is null ? "" : "default " + Format(property.GetValue(defaults)));
        }
    }

    private static string Format(object? value)
    {
        string text = value switch
        {
            null or "" => "none",
            string s => s,
            IFormattable f when value is not IEnumerable => f.ToString(null, CultureInfo.InvariantCulture),
            _ => JsonSerializer.Serialize(value),
        };
        return text.Length <= 70 ? text : text[..67] + "...";
    }
}
