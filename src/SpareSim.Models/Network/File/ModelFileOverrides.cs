using System.Globalization;
using System.Text.Json.Nodes;

namespace SpareSim.Models.Network.File;

/// <summary>
/// Changes values of a model file by path before it is read, so that a scenario can set any value:
/// a path is a list of segments separated by ':'; in a list, a segment selects the element by its
/// "name" (a stock point by "SITE/PART"); in an object, by key. Examples:
/// <c>stockPoints:north/pump:stock:cm</c>, <c>sources:printer-1:printers</c>,
/// <c>sources:cm-supplier:leadTime:mean</c>. The value replaces a number, text or flag of the
/// same type; a missing last key is added (the reader then checks it like any other key).
/// Structural keys (names and references) cannot be changed.
/// </summary>
public static class ModelFileOverrides
{
    private static readonly string[] Structural = ["name", "site", "part", "parent", "kind"];

    /// <summary>Applies <paramref name="overrides"/> to <paramref name="root"/> in place.</summary>
    public static void Apply(JsonNode root, IReadOnlyDictionary<string, string> overrides)
    {
        ArgumentNullException.ThrowIfNull(root);
        ArgumentNullException.ThrowIfNull(overrides);
        foreach (var (path, value) in overrides.OrderBy(kv => kv.Key, StringComparer.Ordinal)) Apply(root, path, value);
    }

    private static void Apply(JsonNode root, string path, string value)
    {
        var segments = path.Split(':');
        if (segments.Any(s => s.Length == 0)) throw new NetworkModelException(path, "a path has no empty segments (SEGMENT:SEGMENT:...)");
        JsonNode node = root;
        string at = "$";
        for (int i = 0; i < segments.Length - 1; i++)
        {
            string segment = segments[i];
            var next = Child(node, segment);
            at = node is JsonArray ? $"{at}[{segment}]" : $"{at}.{segment}";
            node = next ?? throw new NetworkModelException(at, $"the path '{path}' does not exist in the model file{Known(node)}");
        }
        string last = segments[^1];
        if (node is not JsonObject target) throw new NetworkModelException(at, $"the path '{path}' does not name a value in the model file");
        if (Structural.Contains(last)) throw new NetworkModelException($"{at}.{last}", "names or references an element and cannot be changed by a scenario");
        var old = target[last];
        if (old is JsonObject or JsonArray) throw new NetworkModelException($"{at}.{last}", $"is an object or list; set one of its values (path '{path}:...')");
        target[last] = Parse(value, old, $"{at}.{last}");
    }

    private static JsonNode Parse(string value, JsonNode? old, string at)
    {
        bool isNumber = double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out double x);
        var kind = (old as JsonValue)?.GetValueKind();
        if (kind == System.Text.Json.JsonValueKind.Number)
            return isNumber ? JsonValue.Create(x) : throw new NetworkModelException(at, $"must be a number, got '{value}'");
        if (kind is System.Text.Json.JsonValueKind.True or System.Text.Json.JsonValueKind.False)
            return bool.TryParse(value, out bool b) ? JsonValue.Create(b) : throw new NetworkModelException(at, $"must be true or false, got '{value}'");
        if (kind == System.Text.Json.JsonValueKind.String) return JsonValue.Create(value);
        return isNumber ? JsonValue.Create(x) : JsonValue.Create(value);
    }

    /// <summary>The node at <paramref name="path"/> (segments as for an override), or null when the path does not exist.</summary>
    public static JsonNode? Find(JsonNode root, string path)
    {
        ArgumentNullException.ThrowIfNull(root);
        ArgumentNullException.ThrowIfNull(path);
        JsonNode? node = root;
        foreach (var segment in path.Split(':'))
        {
            node = Child(node, segment);
            if (node is null) return null;
        }
        return node;
    }

    private static JsonNode? Child(JsonNode? node, string segment) => node switch
    {
        JsonArray list => list.FirstOrDefault(e => Identity(e) == segment),
        JsonObject obj => obj[segment],
        _ => null,
    };

    internal static string? Identity(JsonNode? element)
    {
        if (element is not JsonObject obj) return null;
        if (obj["name"] is JsonValue name && name.TryGetValue(out string? n)) return n;
        if (obj["site"] is JsonValue site && site.TryGetValue(out string? s) && obj["part"] is JsonValue part && part.TryGetValue(out string? p)) return $"{s}/{p}";
        return null;
    }

    private static string Known(JsonNode node) => node switch
    {
        JsonArray list => $"; elements here: {string.Join(", ", list.Select(Identity).Where(n => n is not null))}",
        JsonObject obj => $"; keys here: {string.Join(", ", obj.Select(kv => kv.Key))}",
        _ => "",
    };
}
