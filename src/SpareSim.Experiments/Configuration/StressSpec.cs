namespace SpareSim.Experiments.Configuration;

/// <summary>
/// The experiment's <c>Stress</c>: which scenario parameters switch disruptions
/// (<see cref="Disruptions"/>); every other varying parameter is a mitigation. The baseline
/// scenario is the undisrupted, unmitigated run. The report ranks the mitigations of each
/// disruption by the primary measure, with the paired differences against the same disruption
/// unmitigated and against the same mitigation undisrupted.
/// </summary>
/// <param name="Disruptions">The parameters that switch disruptions (e.g. <c>disruptions:am-outage:enabled</c>).</param>
/// <param name="HigherIsBetter">Whether a larger primary measure is better (availability) or worse (cost).</param>
public sealed record StressSpec(IReadOnlyList<string> Disruptions, bool HigherIsBetter);
