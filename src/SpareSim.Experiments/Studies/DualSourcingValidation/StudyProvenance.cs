using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using SpareSim.Experiments.Output;

namespace SpareSim.Experiments.Studies.DualSourcingValidation;

/// <summary>
/// Provenance of a study's Parquet files: the pipeline's entries (engine, git commit, configuration
/// hash, master seed) with the hash taken over the bound options, so any override changes it.
/// </summary>
public static class StudyProvenance
{
    /// <summary>The metadata of study <paramref name="study"/> run with <paramref name="options"/>.</summary>
    public static Dictionary<string, string> For<TOptions>(string study, TOptions options, ulong masterSeed, string commandLine)
    {
        string json = JsonSerializer.Serialize(options);
        string hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(json)));
        var metadata = Provenance.For(study, hash, masterSeed);
        metadata["command"] = commandLine;
        metadata["options"] = json;
        return metadata;
    }
}
