using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using SpareSim.Experiments.Configuration;

namespace SpareSim.Cli.Reproduce;

/// <summary>
/// The list of committed results (<c>results/reproduce.json</c>): <c>{"steps": [{"name", "command",
/// "minutes"}]}</c>, in the order they are rebuilt. Every error names the JSON path (exit code 2).
/// </summary>
internal static partial class ReproducePlan
{
    /// <summary>The verbs a step may run (the ones that write a results folder).</summary>
    private static readonly string[] Verbs = ["run", "fit"];

    /// <summary>Reads and checks <paramref name="path"/>.</summary>
    public static IReadOnlyList<ReproduceStep> Load(string path)
    {
        JsonFileCheck.EnsureValid(path, "--manifest");
        using var document = JsonDocument.Parse(File.ReadAllText(path), new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        var root = document.RootElement;
        if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("steps", out var steps) || steps.ValueKind != JsonValueKind.Array)
            throw new ExperimentInputException($"{path}: $.steps", "must be a list of steps");
        var list = new List<ReproduceStep>();
        int i = 0;
        foreach (var step in steps.EnumerateArray())
        {
            string at = $"{path}: $.steps[{i++}]";
            if (step.ValueKind != JsonValueKind.Object) throw new ExperimentInputException(at, "must be an object with name, command and minutes");
            foreach (var p in step.EnumerateObject())
                if (p.Name is not ("name" or "command" or "minutes")) throw new ExperimentInputException($"{at}.{p.Name}", "unknown key (known: name, command, minutes)");
            string name = step.TryGetProperty("name", out var n) && n.ValueKind == JsonValueKind.String ? n.GetString()! : "";
            if (!FolderName().IsMatch(name)) throw new ExperimentInputException($"{at}.name", $"must be a folder name of lower-case letters, digits and '-', got '{name}'");
            if (list.Any(s => s.Name == name)) throw new ExperimentInputException($"{at}.name", $"'{name}' is listed twice");
            if (!step.TryGetProperty("command", out var c) || c.ValueKind != JsonValueKind.Array || c.GetArrayLength() == 0 || c.EnumerateArray().Any(a => a.ValueKind != JsonValueKind.String))
                throw new ExperimentInputException($"{at}.command", "must be a non-empty list of strings, e.g. [\"run\", \"experiments/quickstart.json\"]");
            var command = c.EnumerateArray().Select(a => a.GetString()!).ToList();
            if (!Verbs.Contains(command[0])) throw new ExperimentInputException($"{at}.command[0]", $"must be one of {string.Join(", ", Verbs)}, got '{command[0]}'");
            if (command.Any(a => a == "--out" || a.StartsWith("--out=", StringComparison.Ordinal)))
                throw new ExperimentInputException($"{at}.command", "must not give --out: the step writes results/NAME");
            double minutes = 0;
            if (step.TryGetProperty("minutes", out var m) && !(m.ValueKind == JsonValueKind.Number && m.TryGetDouble(out minutes) && minutes >= 0 && double.IsFinite(minutes)))
                throw new ExperimentInputException($"{at}.minutes", $"must be a number >= 0, got {m.GetRawText()}");
            list.Add(new ReproduceStep(name, command, minutes));
        }
        if (list.Count == 0) throw new ExperimentInputException($"{path}: $.steps", "lists no step");
        return list;
    }

    /// <summary>Minutes as "about 3 min" / "about 20 s".</summary>
    public static string About(double minutes) => minutes >= 1
        ? string.Create(CultureInfo.InvariantCulture, $"about {minutes:0.#} min")
        : string.Create(CultureInfo.InvariantCulture, $"about {Math.Max(1, Math.Round(minutes * 60)):0} s");

    [GeneratedRegex("^[a-z0-9][a-z0-9-]*$")]
    private static partial Regex FolderName();
}
