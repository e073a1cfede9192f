namespace SpareSim.Experiments.Running;

/// <summary>What a <see cref="Checkpoint"/> held: the readable records and notes on the damaged ones it discarded.</summary>
/// <param name="Records">Each readable record with its file name in <c>.partial/</c>.</param>
/// <param name="Damaged">One note per discarded file: its name and what was wrong.</param>
public sealed record CheckpointContents(IReadOnlyList<(string File, ReplicationRecord Record)> Records, IReadOnlyList<string> Damaged);
