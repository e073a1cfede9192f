using SpareSim.Models.Network.Logging;

namespace SpareSim.Experiments.Running;

/// <summary>An experiment's decision log: the rows kept, the rows past the size limit, and the limit.</summary>
/// <param name="Rows">The rows, in (scenario, replication, time) order.</param>
/// <param name="Dropped">Rows not kept because the limit was reached.</param>
/// <param name="MaxRows">The limit.</param>
public sealed record EventLog(IReadOnlyList<EventLogRow> Rows, long Dropped, int MaxRows);

/// <summary>One row of an experiment's decision log: the scenario and replication it comes from and the network's record.</summary>
/// <param name="Scenario">The scenario index.</param>
/// <param name="Replication">The replication index.</param>
/// <param name="Record">What happened.</param>
public sealed record EventLogRow(int Scenario, int Replication, DecisionRecord Record);
