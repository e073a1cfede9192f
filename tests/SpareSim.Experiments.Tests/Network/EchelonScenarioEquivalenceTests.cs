using SpareSim.Analytics.MultiEchelon;
using SpareSim.Core.Random;
using SpareSim.Experiments.Models.Echelon;
using SpareSim.Experiments.Models.SupplyNetwork;
using SpareSim.Models.Network.Engine;
using SpareSim.Models.Network.File;

namespace SpareSim.Experiments.Tests.Network;

/// <summary>
/// Abidar's scenarios B (baseline), C (AM at the CMC) and D (AM at the RMCs) on the network engine
/// when AM is exactly as fast as conventional repair (rt = 1) with one physical pool per site:
/// the three are the same system in law, so their system backorders agree with each other (paired
/// by common random numbers) and with METRIC's value (close here, spec 3.7: 0.957 vs DES 0.961).
/// </summary>
public class EchelonScenarioEquivalenceTests
{
    private const int Replications = 8;
    private const double Failures = 150_000;

    [Fact]
    public void AmAsFastAsRepairMakesScenariosBCAndDTheSameSystem()
    {
        int[] stocks = [1, 1, 1];
        double[] Run(AbidarScenario scenario)
        {
            var spec = EchelonSpec.FromNetwork(scenario.ToString(), AbidarNetworks.Build(AbidarItem.Item162, scenario, 10, 1, 0.9), stocks, "exponential", 1, "deterministic", 0);
            var model = EchelonModelFile.Build(spec, timeUnit: 1 / spec.DemandRate);
            var blueprint = new NetworkBlueprint(NetworkModelFile.Parse(model.ToJsonString(), "echelon", "."), NetworkControllers.Registry());
            int down = blueprint.Measures.ToList().IndexOf("down_systems");
            return Enumerable.Range(0, Replications).Select(r => SupplyNetwork.Run(blueprint, new RandomStreams(3, r), 2_000, Failures).Measures[down]).ToArray();
        }
        var b = Run(AbidarScenario.Baseline);
        var c = Run(AbidarScenario.Centralized);
        var d = Run(AbidarScenario.Decentralized);
        double metric = EchelonMetric.Evaluate(AbidarNetworks.Build(AbidarItem.Item162, AbidarScenario.Baseline, 10, 1, 0), stocks).SystemBackorders;
        foreach (var (name, x) in new[] { ("B", b), ("C", c), ("D", d) })
        {
            var (mean, se) = Replicates.MeanAndError(x);
            // Ample fleets: down systems are the customers waiting anywhere. METRIC's small bias on top of the noise.
            Assert.True(Math.Abs(mean - metric) < 4.5 * se + 0.01, $"{name}: {mean:F4} ± {se:F4} vs METRIC {metric:F4}");
        }
        foreach (var (name, x) in new[] { ("C − B", c), ("D − B", d) })
        {
            var (mean, se) = Replicates.MeanAndError(x.Zip(b, (u, v) => u - v));
            Assert.True(Math.Abs(mean) < 4.5 * se, $"{name}: {mean:F4} ± {se:F4} (paired)");
        }
    }

    [Fact]
    public void SplitPoolsGiveThePaperPipelineMByLittlesLaw()
    {
        // Spec 3.7(b): scenario C with a CP pool and an AM pool of s = 2 each at the CMC, RMC stock 0:
        // the units in resupply anywhere average the paper-faithful M = μcp + μam + μ1 + μ2.
        var pf = AbidarPaperFaithfulEbo.Evaluate(AbidarItem.Item162, AbidarScenario.Centralized, 10, 0.5, 0.9, 2);
        var spec = EchelonSpec.FromNetwork("split", AbidarNetworks.Build(AbidarItem.Item162, AbidarScenario.Centralized, 10, 0.5, 0.9), [2, 0, 0],
            "exponential", 1, "deterministic", 0, splitPools: true, amPoolStock: 2);
        var blueprint = new NetworkBlueprint(NetworkModelFile.Parse(EchelonModelFile.Build(spec, timeUnit: 1 / spec.DemandRate).ToJsonString(), "split", "."),
            NetworkControllers.Registry());
        int pipeline = blueprint.Measures.ToList().IndexOf("units_in_resupply");
        var runs = Enumerable.Range(0, Replications).Select(r => SupplyNetwork.Run(blueprint, new RandomStreams(11, r), 2_000, Failures).Measures[pipeline]);
        var (mean, se) = Replicates.MeanAndError(runs);
        Assert.True(Math.Abs(mean - pf.TotalPipeline) < 4.5 * se, $"E[N_sys] {mean:F4} ± {se:F4} vs M {pf.TotalPipeline:F4}");
    }
}
