using SpareSim.Experiments.Analysis;
using SpareSim.Experiments.Simulation;

namespace SpareSim.Experiments.Output;

/// <summary>A scenario's warm-up and the summary statistics of each measure (model order).</summary>
public sealed record ScenarioSummary(Scenario Scenario, double WarmUp, IReadOnlyList<SummaryStatistics> Measures);
