using System.Globalization;
using Stopwatch = System.Diagnostics.Stopwatch;
using SpareSim.Core.Random;
using SpareSim.Models.Network.Controllers;
using SpareSim.Models.Network.Engine;
using SpareSim.Models.Network.File;

namespace SpareSim.Benchmarks;

/// <summary>
/// The multi-echelon network on the supply-network engine, on Abidar &amp; Chaabane's busiest
/// network: item 164, m = 150 failures a year at the CMC and at each of two RMCs, baseline (no AM),
/// stocks (27, 10, 9), exponential repairs, deterministic shipping; RMCs route a failure to local
/// repair with probability ρ, else to the CMC. The check line compares the CMC's outstanding
/// requests (all requests waiting for CMC stock) with the exact Poisson value EBO(27 | μ0),
/// μ0 = 0.09589 · 285 (Palm).
/// </summary>
public static class EchelonNetworkBenchmark
{
    private const double CmcRepair = 0.095890;

    /// <summary>The network as a supply-network model file.</summary>
    public static string ModelFile { get; } = string.Create(CultureInfo.InvariantCulture, $$"""
        {
          "name": "abidar-164-baseline-m150",
          "timeUnit": "year",
          "parts": [ { "name": "item", "versions": [ { "name": "cp" } ] } ],
          "sites": [
            { "name": "cmc" },
            { "name": "rmc1", "parent": "cmc", "shipTime": { "family": "deterministic", "mean": 0.054795 } },
            { "name": "rmc2", "parent": "cmc", "shipTime": { "family": "deterministic", "mean": 0.082192 } }
          ],
          "sources": [
            { "name": "cmc-repair", "kind": "repair", "site": "cmc", "repairTime": { "family": "exponential", "mean": {{CmcRepair}} } },
            { "name": "rmc1-repair", "kind": "repair", "site": "rmc1", "repairTime": { "family": "exponential", "mean": 0.106849 } },
            { "name": "rmc2-repair", "kind": "repair", "site": "rmc2", "repairTime": { "family": "exponential", "mean": 0.060274 } }
          ],
          "installedBases": [
            { "name": "cmc-customers", "site": "cmc", "part": "item", "systems": 1000, "failureMode": "poisson", "lifetime": { "cp": { "family": "exponential", "mean": {{1000 / 150.0}} } } },
            { "name": "rmc1-customers", "site": "rmc1", "part": "item", "systems": 1000, "failureMode": "poisson", "lifetime": { "cp": { "family": "exponential", "mean": {{1000 / 150.0}} } } },
            { "name": "rmc2-customers", "site": "rmc2", "part": "item", "systems": 1000, "failureMode": "poisson", "lifetime": { "cp": { "family": "exponential", "mean": {{1000 / 150.0}} } } }
          ],
          "stockPoints": [
            { "site": "cmc", "part": "item", "stock": { "cp": 27 }, "controller": { "kind": "base-stock", "source": "cmc-repair" } },
            { "site": "rmc1", "part": "item", "stock": { "cp": 10 },
              "controller": { "kind": "routing", "routes": [ { "source": "rmc1-repair", "probability": 0.2 }, { "source": "parent", "probability": 0.8 } ] } },
            { "site": "rmc2", "part": "item", "stock": { "cp": 9 },
              "controller": { "kind": "routing", "routes": [ { "source": "rmc2-repair", "probability": 0.9 }, { "source": "parent", "probability": 0.1 } ] } }
          ]
        }
        """);

    /// <summary>Simulates <paramref name="years"/> years (one replication, no warm-up beyond 1 year).</summary>
    public static KernelBenchmarkResult Run(double years, ulong seed)
    {
        var blueprint = new NetworkBlueprint(NetworkModelFile.Parse(ModelFile, "bench echelon", Directory.GetCurrentDirectory()), ControllerRegistry.WithBuiltIns());
        var watch = Stopwatch.StartNew();
        var (measures, events) = SupplyNetwork.Run(blueprint, new RandomStreams(seed, 0), 1, years);
        watch.Stop();
        double requests = measures[blueprint.Measures.ToList().IndexOf("backorders_cmc_item")];
        return new KernelBenchmarkResult("echelon-network (supply-network engine)", events, watch.Elapsed.TotalSeconds,
            $"CMC outstanding requests: simulated {requests:F4}, exact {ExactCentralBackorders():F4}");
    }

    private static double ExactCentralBackorders()
    {
        // E[(X - 27)+] for X ~ Poisson(μ0), summed over the tail.
        double mu = CmcRepair * (150 + 150 * 0.8 + 150 * 0.1), p = Math.Exp(-mu), sum = 0;
        for (int k = 1; k < 400; k++)
        {
            p *= mu / k;
            if (k > 27) sum += (k - 27) * p;
        }
        return sum;
    }
}
