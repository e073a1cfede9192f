using System.Globalization;
using Stopwatch = System.Diagnostics.Stopwatch;
using SpareSim.Core.Random;
using SpareSim.Models.Network.Controllers;
using SpareSim.Models.Network.Engine;
using SpareSim.Models.Network.File;

namespace SpareSim.Benchmarks;

/// <summary>
/// The installed-base benchmark case (k = 20, exponential lifetimes of mean 10, CM-only base stock
/// S = 4, exponential lead times of mean 2) simulated by the supply-network engine and by the
/// hand-written kernel model of the same case (<see cref="InstalledBaseBenchmark"/>: processes and
/// a store, nothing else, the floor a general engine can approach), alternating runs of equal
/// length, so the two figures come from one run. Both check lines compare the mean backorders
/// with the exact birth–death value.
/// </summary>
public static class NetworkVersusKernelBenchmark
{
    private const int Units = 20, BaseStock = 4;
    private const double MeanLife = 10, MeanLead = 2;

    private static readonly string ModelJson = string.Create(CultureInfo.InvariantCulture, $$"""
        { "name": "bench", "parts": [ { "name": "part", "versions": [ { "name": "cm", "price": 1 } ] } ],
          "sites": [ { "name": "base" } ],
          "sources": [ { "name": "cm-supplier", "kind": "supplier", "leadTime": { "family": "exponential", "mean": {{MeanLead}} } } ],
          "installedBases": [ { "name": "fleet", "site": "base", "part": "part", "systems": {{Units}},
            "lifetime": { "cm": { "family": "exponential", "mean": {{MeanLife}} } }, "downtimeCost": 1 } ],
          "stockPoints": [ { "site": "base", "part": "part", "stock": { "cm": {{BaseStock}} },
            "controller": { "kind": "base-stock", "source": "cm-supplier" } } ] }
        """);

    /// <summary>Runs <paramref name="rounds"/> alternating pairs of <paramref name="horizon"/> time units each; returns (hand-written kernel model, network) per round.</summary>
    public static IReadOnlyList<(KernelBenchmarkResult Kernel, KernelBenchmarkResult Network)> Run(double horizon, int rounds)
    {
        var blueprint = new NetworkBlueprint(NetworkModelFile.Parse(ModelJson, "bench", "."), ControllerRegistry.WithBuiltIns());
        int backorders = blueprint.Measures.ToList().IndexOf("down_systems");
        // Untimed first pair: the tiered JIT reaches its optimized code.
        new InstalledBaseBenchmark(1).Run(horizon);
        SupplyNetwork.Run(blueprint, new RandomStreams(1, 0), 0, horizon);
        var results = new List<(KernelBenchmarkResult, KernelBenchmarkResult)>();
        string exact = ExactBackorders().ToString("F4", CultureInfo.InvariantCulture);
        for (int r = 0; r < rounds; r++)
        {
            var kernel = new InstalledBaseBenchmark(2026 + (ulong)r).Run(horizon);
            var watch = Stopwatch.StartNew();
            var (values, networkEvents) = SupplyNetwork.Run(blueprint, new RandomStreams(2026, r), 0, horizon);
            double networkSeconds = watch.Elapsed.TotalSeconds;
            results.Add((kernel,
                new KernelBenchmarkResult("network-installed-base", networkEvents, networkSeconds,
                    string.Create(CultureInfo.InvariantCulture, $"mean backorders: simulated {values[backorders]:F4}, exact {exact}"))));
        }
        return results;
    }

    private static double ExactBackorders()
    {
        int n = Units + BaseStock;
        var p = new double[n + 1];
        p[0] = 1;
        for (int r = 0; r < n; r++) p[r + 1] = p[r] * Math.Min(Units, n - r) / MeanLife / ((r + 1) / MeanLead);
        double total = p.Sum(), ebo = 0;
        for (int r = BaseStock; r <= n; r++) ebo += (r - BaseStock) * p[r] / total;
        return ebo;
    }
}
