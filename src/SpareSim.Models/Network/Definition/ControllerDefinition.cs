using System.Text.Json.Nodes;

namespace SpareSim.Models.Network.Definition;

/// <summary>
/// A stock point's controller as the model file gives it: a kind, known to a
/// <see cref="Controllers.ControllerRegistry"/>, and its settings (the JSON object, kept so that
/// a registry can validate and build it with paths in its messages).
/// </summary>
/// <param name="Kind">The controller kind, e.g. "base-stock".</param>
/// <param name="Settings">The controller's JSON object (including "kind").</param>
/// <param name="Path">The JSON path of the object in the model file, for messages.</param>
public sealed record ControllerDefinition(string Kind, JsonObject Settings, string Path);
