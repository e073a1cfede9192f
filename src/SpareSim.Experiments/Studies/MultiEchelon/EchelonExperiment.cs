using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using SpareSim.Experiments.Models.Echelon;

namespace SpareSim.Experiments.Studies.MultiEchelon;

/// <summary>
/// The simulation part of a multi-echelon study as an experiment of the "echelon-network" model:
/// each case's network is written as a supply-network model file into <c>networks/</c> of the
/// study's output folder (named by its content, so a changed case is a changed scenario), in the
/// time unit 1/Λ of one network failure (Λ the network's total failure rate: counts, fill rates and
/// pipelines do not depend on the time unit), so that one run length, the failures per
/// replication, fits every case, as the studies' replications have always been sized. Scenarios
/// share the master seed: common random numbers across cases (B, C and D paired).
/// </summary>
public static class EchelonExperiment
{
    /// <summary>The folder, inside the study's output folder, of the cases' model files.</summary>
    public const string NetworksFolder = "networks";

    /// <summary>The experiment of <paramref name="cases"/> (name, network), writing their model files into <paramref name="studyOutput"/>.</summary>
    public static JsonObject Build(string name, string description, IReadOnlyList<(string Name, EchelonSpec Spec)> cases, string studyOutput,
        int replications, double failuresPerReplication, double warmUpFraction, ulong masterSeed)
    {
        ArgumentNullException.ThrowIfNull(cases);
        string folder = Path.Combine(studyOutput, NetworksFolder);
        Directory.CreateDirectory(folder);
        var scenarios = new JsonArray();
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (caseName, spec) in cases)
        {
            string text = EchelonModelFile.Build(spec, timeUnit: 1 / spec.DemandRate,
                description: $"{caseName}: in the time unit of one network failure (1/Λ = {1 / spec.DemandRate:G6} {spec.TimeUnit})")
                .ToJsonString(new JsonSerializerOptions { WriteIndented = true });
            string hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..10];
            string path = Path.Combine(folder, $"{Slug(caseName)}-{hash}.json");
            StudySimulation.WriteAtomically(path, text);
            string scenario = caseName;
            for (int k = 2; !names.Add(scenario); k++) scenario = $"{caseName} #{k}";
            scenarios.Add(new JsonObject { ["name"] = scenario, ["network"] = path });
        }
        return new JsonObject
        {
            ["Name"] = name,
            ["Description"] = description,
            ["Model"] = "echelon-network",
            ["Replications"] = replications,
            ["RunLength"] = failuresPerReplication,
            ["WarmUp"] = warmUpFraction * failuresPerReplication,
            ["MasterSeed"] = masterSeed,
            ["Scenarios"] = scenarios,
            ["PrimaryMeasure"] = "system_backorders",
        };
    }

    private static string Slug(string text)
    {
        var sb = new StringBuilder();
        foreach (char c in text) sb.Append(char.IsAsciiLetterOrDigit(c) || c is '.' or '-' ? c : '_');
        return sb.ToString().Trim('_');
    }
}
