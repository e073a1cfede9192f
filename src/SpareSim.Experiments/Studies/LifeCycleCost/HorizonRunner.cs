using System.Globalization;
using SpareSim.Core.Random;
using SpareSim.Experiments.Models.SupplyNetwork;
using SpareSim.Experiments.Studies.LeadTimeInsensitivity;
using SpareSim.Models.Network.Engine;
using SpareSim.Models.Network.File;

namespace SpareSim.Experiments.Studies.LifeCycleCost;

/// <summary>
/// Runs life cycles of the chapter-2 spare-parts system through the supply-network model file of
/// <see cref="DesValidationOptions.ModelFile"/>: the file's one installed base, stock point and
/// supplier get N, τ, S and the lead-time law by override; each replication observes one horizon T
/// after the warm-up and returns its failure and emergency counts. Replication r of every
/// configuration uses the streams (master seed, r): common random numbers across S, laws and designs.
/// </summary>
public sealed class HorizonRunner
{
    private readonly DesValidationOptions _options;
    private readonly NetworkModel _base;

    /// <summary>A runner for <paramref name="options"/>; reads the model file.</summary>
    public HorizonRunner(DesValidationOptions options)
    {
        _options = options ?? throw new ArgumentNullException(nameof(options));
        _base = NetworkModelFile.Load(options.ModelFile);
        var d = _base.Definition;
        if (d.InstalledBases.Count != 1 || d.StockPoints.Count != 1 || d.Sources.Count != 1)
            throw new NetworkModelException("$", "the chapter-2 model needs exactly one installed base, one stock point and one source");
    }

    /// <summary>The blueprint with base stock <paramref name="stock"/>, lead time of mean <paramref name="leadTime"/> and law <paramref name="law"/>, and (renewal mode) lifetime law <paramref name="lifetime"/>.</summary>
    public NetworkBlueprint Blueprint(int stock, double leadTime, LawOptions law, LawOptions? lifetime)
    {
        ArgumentNullException.ThrowIfNull(law);
        var d = _base.Definition;
        string bases = d.InstalledBases[0].Name, source = d.Sources[0].Name;
        string point = $"{d.Sites[d.StockPoints[0].Site].Name}/{d.Parts[d.StockPoints[0].Part].Name}";
        string version = d.Parts[d.StockPoints[0].Part].Versions[0].Name;
        var overrides = new Dictionary<string, string>
        {
            [$"stockPoints:{point}:stock:{version}"] = Inv(stock),
            [$"stockPoints:{point}:shortage"] = "emergency",
            [$"sources:{source}:leadTime:family"] = law.Family,
            [$"sources:{source}:leadTime:mean"] = Inv(leadTime),
            [$"sources:{source}:leadTime:cv"] = Inv(law.Cv),
            [$"installedBases:{bases}:systems"] = Inv(_options.InstalledBase),
            [$"installedBases:{bases}:failureMode"] = lifetime is null ? "poisson" : "renewal",
            [$"installedBases:{bases}:lifetime:{version}:family"] = lifetime?.Family ?? "exponential",
            [$"installedBases:{bases}:lifetime:{version}:mean"] = Inv(_options.Mtbf),
            [$"installedBases:{bases}:lifetime:{version}:cv"] = Inv(lifetime?.Cv ?? 1),
        };
        return new NetworkBlueprint(NetworkModelFile.Load(_options.ModelFile, overrides), NetworkControllers.Registry());
    }

    /// <summary>Failure and emergency counts of each replication over one horizon T.</summary>
    public (double[] Failures, double[] Emergencies) Run(NetworkBlueprint blueprint, int replications, double warmUp, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(blueprint);
        var names = blueprint.Measures.ToList();
        int failures = names.IndexOf("failure_rate");
        int emergencies = names.FindIndex(n => n.StartsWith("emergency_rate_", StringComparison.Ordinal));
        double t = _options.Horizon;
        var f = new double[replications];
        var e = new double[replications];
        Parallel.For(0, replications, new ParallelOptions { MaxDegreeOfParallelism = _options.DegreeOfParallelism, CancellationToken = cancellation }, r =>
        {
            var m = SupplyNetwork.Run(blueprint, new RandomStreams(_options.MasterSeed, r), warmUp, t).Measures;
            // Rates × T are counts; rounding removes the floating-point residue.
            f[r] = Math.Round(m[failures] * t);
            e[r] = Math.Round(m[emergencies] * t);
        });
        return (f, e);
    }

    private static string Inv(double x) => x.ToString("R", CultureInfo.InvariantCulture);
}
