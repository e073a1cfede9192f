using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using SpareSim.Core.Distributions;

namespace SpareSim.Models.Network.File;

/// <summary>
/// Reads one JSON object of a model file: checks its keys against an allowed list and reads typed
/// values, throwing <see cref="NetworkModelException"/> with the JSON path of the value.
/// </summary>
internal sealed class JsonObjectReader
{
    private static readonly string[] LawKeys = ["family", "mean", "cv", "values"];

    public JsonObjectReader(JsonNode? node, string path, params string[] allowed)
    {
        Path = path;
        Node = node as JsonObject ?? throw new NetworkModelException(path, "must be an object");
        foreach (var (key, _) in Node)
            if (!allowed.Contains(key, StringComparer.Ordinal))
                throw new NetworkModelException($"{path}.{key}", $"unknown key; allowed here: {string.Join(", ", allowed)}");
    }

    public JsonObject Node { get; }

    public string Path { get; }

    public bool Has(string key) => Node[key] is not null;

    public string At(string key) => $"{Path}.{key}";

    public string Text(string key) =>
        Node[key] is { } n ? AsText(n, At(key)) : throw new NetworkModelException(At(key), "is required");

    public string? OptionalText(string key) => Node[key] is { } n ? AsText(n, At(key)) : null;

    public double Number(string key, double? fallback, NumberRule rule)
    {
        var node = Node[key];
        if (node is null) return fallback ?? throw new NetworkModelException(At(key), "is required");
        return Check(AsNumber(node, At(key)), At(key), rule);
    }

    public int Integer(string key, int? fallback, int minimum)
    {
        var node = Node[key];
        if (node is null) return fallback ?? throw new NetworkModelException(At(key), "is required");
        double x = AsNumber(node, At(key));
        if (x != Math.Floor(x) || x < minimum || x > 1_000_000_000)
            throw new NetworkModelException(At(key), $"must be an integer in [{minimum}, 1000000000], got {Show(x)}");
        return (int)x;
    }

    public IDistribution Law(string key) => OptionalLaw(key) ?? throw new NetworkModelException(At(key), "is required (a law { \"family\", \"mean\", \"cv\" })");

    public IDistribution? OptionalLaw(string key)
    {
        if (Node[key] is null) return null;
        var law = new JsonObjectReader(Node[key], At(key), LawKeys);
        string family = law.Text("family");
        if (family.Equals("empirical", StringComparison.OrdinalIgnoreCase)) return EmpiricalLaw(law);
        if (law.Has("values")) throw new NetworkModelException(law.At("values"), "is for the empirical family (equally likely values)");
        bool deterministic = family.Equals("deterministic", StringComparison.OrdinalIgnoreCase);
        // A deterministic 0 is an immediate step (a supplier next door, a convoy that just loads).
        double mean = law.Number("mean", null, deterministic ? NumberRule.NonNegative : NumberRule.Positive);
        if (deterministic && mean == 0) return Deterministic.FromValue(0);
        double cv = law.Has("cv") ? law.Number("cv", null, NumberRule.NonNegative)
            : family.Equals("exponential", StringComparison.OrdinalIgnoreCase) ? 1
            : deterministic ? 0
            : throw new NetworkModelException(law.At("cv"), $"is required for the {family} family");
        try
        {
            return LeadTimeDistributions.FromMeanAndCv(family, mean, cv);
        }
        catch (ArgumentException e)
        {
            string reason = e.Message.Split(" (Parameter", 2)[0];
            throw new NetworkModelException(At(key), $"{reason} (family {family}, mean {Show(mean)}, cv {Show(cv)})");
        }
    }

    // { "family": "empirical", "values": [0, 0, 2, 3] }: one of the values, equally likely (resampling).
    private static IDistribution EmpiricalLaw(JsonObjectReader law)
    {
        if (law.Has("mean") || law.Has("cv")) throw new NetworkModelException(law.At(law.Has("mean") ? "mean" : "cv"), "an empirical law is given by its values only");
        var list = law.Array("values", required: true);
        if (list.Count is 0 or > 100_000) throw new NetworkModelException(law.At("values"), $"needs 1 to 100,000 values, got {list.Count}");
        var values = new double[list.Count];
        for (int i = 0; i < values.Length; i++)
            values[i] = Check(AsNumber(list[i] ?? throw new NetworkModelException($"{law.At("values")}[{i}]", "must be a number"), $"{law.At("values")}[{i}]"),
                $"{law.At("values")}[{i}]", NumberRule.NonNegative);
        return Empirical.Resampling(values);
    }

    public bool Boolean(string key, bool fallback) => Node[key] switch
    {
        null => fallback,
        JsonValue v when v.GetValueKind() == JsonValueKind.True => true,
        JsonValue v when v.GetValueKind() == JsonValueKind.False => false,
        var other => throw new NetworkModelException(At(key), $"must be true or false, got {other.ToJsonString()}"),
    };

    public JsonArray Array(string key, bool required)
    {
        var node = Node[key];
        if (node is null) return required ? throw new NetworkModelException(At(key), "is required (a list)") : [];
        return node as JsonArray ?? throw new NetworkModelException(At(key), "must be a list");
    }

    public static double Check(double x, string path, NumberRule rule) => rule switch
    {
        NumberRule.Positive when !(x > 0) => throw new NetworkModelException(path, $"must be > 0, got {Show(x)}"),
        NumberRule.NonNegative when !(x >= 0) => throw new NetworkModelException(path, $"must be >= 0, got {Show(x)}"),
        NumberRule.Probability when !(x >= 0 && x <= 1) => throw new NetworkModelException(path, $"is a probability and must be in [0, 1], got {Show(x)}"),
        _ => x,
    };

    public static string Show(double x) => x.ToString("R", CultureInfo.InvariantCulture);

    private static string AsText(JsonNode node, string path) =>
        node is JsonValue v && v.GetValueKind() == JsonValueKind.String ? v.GetValue<string>() : throw new NetworkModelException(path, $"must be a string, got {node.ToJsonString()}");

    private static double AsNumber(JsonNode node, string path)
    {
        if (node is JsonValue v && v.GetValueKind() == JsonValueKind.Number)
        {
            double x = v.GetValue<double>();
            if (double.IsFinite(x)) return x;
        }
        throw new NetworkModelException(path, $"must be a finite number, got {node.ToJsonString()}");
    }
}
