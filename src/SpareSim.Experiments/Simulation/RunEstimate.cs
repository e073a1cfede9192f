namespace SpareSim.Experiments.Simulation;

/// <summary>
/// A model's estimate of the work and memory of one scenario, checked before a run starts
/// (<see cref="Running.RunBudget"/>). Orders of magnitude are enough.
/// </summary>
/// <param name="EventsPerTimeUnit">Simulation events per unit of model time.</param>
/// <param name="ReplicationBytes">Memory one running replication holds (its processes and queues).</param>
/// <param name="PreparationBytes">Memory held for the scenario through the run (e.g. an analytic policy table).</param>
/// <param name="SizeParameter">The parameter that drives the memory (named when it is too much).</param>
public sealed record RunEstimate(double EventsPerTimeUnit, double ReplicationBytes, double PreparationBytes, string SizeParameter);
