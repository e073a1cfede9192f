using SpareSim.Analytics.PreventiveMaintenance;

namespace SpareSim.Experiments.Studies.PreventiveMaintenance;

/// <summary>The short names B, TR, DA of the policies, as in the thesis and in experiment files.</summary>
public static class PmPolicyNames
{
    /// <summary>The policies in the thesis's order.</summary>
    public static readonly PmPolicy[] All = [PmPolicy.Benchmark, PmPolicy.TemporaryReplacement, PmPolicy.DoubleAgeBased];

    /// <summary>"B", "TR" or "DA".</summary>
    public static string Short(PmPolicy policy) => policy switch
    {
        PmPolicy.Benchmark => "B",
        PmPolicy.TemporaryReplacement => "TR",
        _ => "DA",
    };

    /// <summary>The policy named <paramref name="name"/> (B, TR, DA; any case); throws naming <paramref name="path"/>.</summary>
    public static PmPolicy Parse(string name, string path) => name?.Trim().ToUpperInvariant() switch
    {
        "B" => PmPolicy.Benchmark,
        "TR" => PmPolicy.TemporaryReplacement,
        "DA" => PmPolicy.DoubleAgeBased,
        _ => throw new ArgumentException($"{path}: policy must be B, TR or DA, got '{name}'"),
    };
}
