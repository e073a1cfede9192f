using SpareSim.Experiments.Simulation;

namespace SpareSim.Experiments.Tests.Pipeline;

/// <summary>A trivial model with a probability parameter, to test the [0, 1] validation.</summary>
internal sealed class ProbabilityTestModel : ISimulationModel
{
    public string Name => "coin";

    public string Description => "Bernoulli trials";

    public IReadOnlyList<ParameterSpec> Parameters { get; } =
        [ParameterSpec.Number("success_probability", "probability of heads", 0.5, ParameterRule.Probability)];

    public IReadOnlyList<string> Measures { get; } = ["heads_share"];

    public string? ValidateScenario(Scenario scenario) => null;

    public double[] RunReplication(Scenario scenario, ReplicationContext context)
    {
        var stream = context.Streams.Get("coin");
        double p = scenario.GetDouble("success_probability");
        int heads = 0;
        for (int i = 0; i < 100; i++) if (stream.NextDouble() < p) heads++;
        return [heads / 100.0];
    }
}
