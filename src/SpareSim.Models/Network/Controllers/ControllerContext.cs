using System.Globalization;
using System.Text.Json.Nodes;
using SpareSim.Models.Network.Definition;
using SpareSim.Models.Network.File;

namespace SpareSim.Models.Network.Controllers;

/// <summary>
/// What a controller factory needs to build a controller for one stock point: the network, the
/// stock point, its source names and helpers that read settings and throw
/// <see cref="NetworkModelException"/> naming the JSON path.
/// </summary>
public sealed class ControllerContext
{
    /// <summary>Creates the context of stock point <paramref name="stockPoint"/>.</summary>
    public ControllerContext(NetworkDefinition network, int stockPoint, IReadOnlyList<string> sourceNames, string baseDirectory)
    {
        Network = network ?? throw new ArgumentNullException(nameof(network));
        StockPointIndex = stockPoint;
        SourceNames = sourceNames ?? throw new ArgumentNullException(nameof(sourceNames));
        BaseDirectory = baseDirectory ?? throw new ArgumentNullException(nameof(baseDirectory));
    }

    /// <summary>The network.</summary>
    public NetworkDefinition Network { get; }

    /// <summary>Index of the stock point.</summary>
    public int StockPointIndex { get; }

    /// <summary>The stock point.</summary>
    public StockPointDefinition StockPoint => Network.StockPoints[StockPointIndex];

    /// <summary>The stock point's part.</summary>
    public PartDefinition Part => Network.Parts[StockPoint.Part];

    /// <summary>The stock point's sources, in decision index order.</summary>
    public IReadOnlyList<string> SourceNames { get; }

    /// <summary>The folder that relative file names in settings are relative to (the model file's).</summary>
    public string BaseDirectory { get; }

    /// <summary>The controller's settings.</summary>
    public JsonObject Settings => StockPoint.Controller.Settings;

    /// <summary>The JSON path of the controller's settings.</summary>
    public string Path => StockPoint.Controller.Path;

    /// <summary>Systems of the installed bases at the stock point's site that use its part.</summary>
    public int InstalledUnits => Network.InstalledBases.Where(b => b.Site == StockPoint.Site && b.Part == StockPoint.Part).Sum(b => b.Units);

    /// <summary>Throws unless every key of the settings is in <paramref name="allowed"/> (besides "kind").</summary>
    public void AllowKeys(params string[] allowed)
    {
        foreach (var (key, _) in Settings)
            if (key != "kind" && !allowed.Contains(key, StringComparer.Ordinal))
                throw Error(key, $"unknown key; allowed here: kind, {string.Join(", ", allowed)}");
    }

    /// <summary>The index of the source named by setting <paramref name="key"/>.</summary>
    public int Source(string key, JsonObject? within = null, string? at = null)
    {
        string name = Text(key, within, at);
        int index = SourceNames.ToList().IndexOf(name);
        if (index >= 0) return index;
        if (name == "parent")
            throw Error(key, Network.Sites[StockPoint.Site].Parent < 0
                ? $"site '{Network.Sites[StockPoint.Site].Name}' has no parent site"
                : $"the parent site '{Network.Sites[Network.Sites[StockPoint.Site].Parent].Name}' has no stock point of part '{Part.Name}'", at);
        throw Error(key, $"'{name}' is not a source of this stock point; known: {string.Join(", ", SourceNames)}", at);
    }

    /// <summary>The index of the version named by setting <paramref name="key"/>, or <paramref name="fallback"/> when absent.</summary>
    public int Version(string key, int? fallback = null, JsonObject? within = null, string? at = null)
    {
        var obj = within ?? Settings;
        if (obj[key] is null && fallback is { } f) return f;
        string name = Text(key, within, at);
        int index = Part.VersionIndex(name);
        return index >= 0 ? index : throw Error(key, $"'{name}' is not a version of part '{Part.Name}'; known: {string.Join(", ", Part.Versions.Select(v => v.Name))}", at);
    }

    /// <summary>A required text setting.</summary>
    public string Text(string key, JsonObject? within = null, string? at = null)
    {
        var node = (within ?? Settings)[key] ?? throw Error(key, "is required", at);
        return node is JsonValue v && v.TryGetValue(out string? s) && s is not null ? s : throw Error(key, "must be a string", at);
    }

    /// <summary>A numeric setting (required unless <paramref name="fallback"/> is given).</summary>
    public double Number(string key, double? fallback = null, JsonObject? within = null, string? at = null)
    {
        var node = (within ?? Settings)[key];
        if (node is null) return fallback ?? throw Error(key, "is required", at);
        if (node is JsonValue v && v.TryGetValue(out double x) && double.IsFinite(x)) return x;
        throw Error(key, $"must be a finite number, got {node.ToJsonString()}", at);
    }

    /// <summary>An error naming <paramref name="key"/> under the controller's path (or <paramref name="at"/>).</summary>
    public NetworkModelException Error(string key, string message, string? at = null) =>
        new(string.Create(CultureInfo.InvariantCulture, $"{at ?? Path}.{key}"), message);
}
