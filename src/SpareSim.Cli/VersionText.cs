using System.Reflection;
using SpareSim.Experiments.Output;

namespace SpareSim.Cli;

/// <summary>What <c>sparesim --version</c> prints: the engine version and the commit it was built from.</summary>
internal static class VersionText
{
    public static string Line()
    {
        // The SDK appends "+COMMIT" to the informational version when it builds from a git checkout.
        string informational = typeof(Provenance).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "";
        int plus = informational.IndexOf('+', StringComparison.Ordinal);
        string commit = plus >= 0 ? informational[(plus + 1)..] : "unknown";
        return $"sparesim {Provenance.EngineVersion} (engine {Provenance.EngineVersion}, commit {commit}; .NET {Environment.Version})";
    }
}
