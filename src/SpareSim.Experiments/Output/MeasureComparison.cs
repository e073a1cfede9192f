using SpareSim.Experiments.Analysis;
using SpareSim.Experiments.Simulation;

namespace SpareSim.Experiments.Output;

/// <summary>A scenario against the baseline on one measure: the paired (CRN) difference and its CI.</summary>
public sealed record MeasureComparison(Scenario Scenario, Scenario Baseline, string Measure, PairedDifference Difference);
