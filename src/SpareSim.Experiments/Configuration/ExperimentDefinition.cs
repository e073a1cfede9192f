using SpareSim.Experiments.Simulation;

namespace SpareSim.Experiments.Configuration;

/// <summary>
/// A validated simulation experiment: the model, the expanded scenarios, and how to replicate
/// them. Built by <see cref="ExperimentLoader"/>; everything here has been checked.
/// </summary>
public sealed record ExperimentDefinition
{
    /// <summary>The experiment's name (also the default output folder under results/).</summary>
    public required string Name { get; init; }

    /// <summary>The model to replicate.</summary>
    public required ISimulationModel Model { get; init; }

    /// <summary>The scenarios, in order, with every parameter set.</summary>
    public required IReadOnlyList<Scenario> Scenarios { get; init; }

    /// <summary>Every parameter of the scenarios: the model's own, then the path parameters the experiment sets.</summary>
    public required IReadOnlyList<ParameterSpec> Parameters { get; init; }

    /// <summary>The model file a supply-network model was built from (as the experiment gives it), or null.</summary>
    public string? ModelFile { get; init; }

    /// <summary>Replications per scenario (the initial number when a precision target is set).</summary>
    public required int Replications { get; init; }

    /// <summary>Simulated time collected per replication, after the warm-up.</summary>
    public required double RunLength { get; init; }

    /// <summary>The warm-up as given: a number, or null when <see cref="WarmUpByMser5"/> is set.</summary>
    public double? WarmUp { get; init; }

    /// <summary>Whether the warm-up is found by MSER-5 on a pilot run of each scenario.</summary>
    public bool WarmUpByMser5 { get; init; }

    /// <summary>The master seed of all random streams.</summary>
    public required ulong MasterSeed { get; init; }

    /// <summary>Target relative half-width of the primary measure's 95% CI; null for a fixed count.</summary>
    public double? TargetRelativeHalfWidth { get; init; }

    /// <summary>The cap on replications when a precision target is set.</summary>
    public int MaxReplications { get; init; }

    /// <summary>The measure the precision target and paired comparisons are about.</summary>
    public required string PrimaryMeasure { get; init; }

    /// <summary>Index of the scenario the others are compared with (paired, CRN), or null.</summary>
    public int? BaselineScenario { get; init; }

    /// <summary>Plots to draw.</summary>
    public required IReadOnlyList<PlotSpec> Plots { get; init; }

    /// <summary>Measures sampled on a time grid in every replication (null: none).</summary>
    public TimeSeriesSpec? TimeSeries { get; init; }

    /// <summary>The decision log to keep (null, the default: none).</summary>
    public DecisionLogSpec? DecisionLog { get; init; }

    /// <summary>How the scenarios split into disruptions and mitigations, for the mitigation ranking (null: no ranking).</summary>
    public StressSpec? Stress { get; init; }

    /// <summary>SHA-256 of the canonical resolved configuration (provenance and resume check).</summary>
    public required string ConfigurationHash { get; init; }

    /// <summary>The canonical resolved configuration (JSON), saved beside the results.</summary>
    public required string ResolvedJson { get; init; }
}
