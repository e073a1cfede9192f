namespace SpareSim.Experiments.Running;

/// <summary>How to run an experiment (none of this changes its results).</summary>
/// <param name="OutputFolder">Where the files go.</param>
/// <param name="Threads">Replications run in parallel.</param>
/// <param name="Shard">The slice of (scenario, replication) pairs to run.</param>
/// <param name="Progress">Receives progress after each replication (may be called from several threads).</param>
/// <param name="Cancellation">Stops the run; completed replications stay checkpointed.</param>
public sealed record RunOptions(string OutputFolder, int Threads, ShardSpec Shard, Action<RunProgress>? Progress = null,
    CancellationToken Cancellation = default);
