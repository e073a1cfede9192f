namespace SpareSim.Experiments.Running;

/// <summary>How to run an experiment (none of this changes its results).</summary>
/// <param name="OutputFolder">Where the files go.</param>
/// <param name="Threads">Replications run in parallel.</param>
/// <param name="Shard">The slice of (scenario, replication) pairs to run.</param>
/// <param name="Progress">Receives progress after each replication (may be called from several threads).</param>
/// <param name="Cancellation">Stops the run; completed replications stay checkpointed.</param>
public sealed record RunOptions(string OutputFolder, int Threads, ShardSpec Shard, Action<RunProgress>? Progress = null,
    CancellationToken Cancellation = default)
{
    /// <summary>Files the run reads (the experiment file): never overwritten by its outputs.</summary>
    public IReadOnlyList<string> Inputs { get; init; } = [];

    /// <summary>Write into an output folder that also holds files no sparesim run wrote (<c>--force</c>).</summary>
    public bool Force { get; init; }

    /// <summary>The memory a run may use, in bytes (<c>--max-memory</c>); a run estimated to need more is refused.</summary>
    public long MaxMemoryBytes { get; init; } = RunBudget.DefaultMaxMemoryBytes;

    /// <summary>Where notes go (discarded checkpoint records, the work estimate); null for none.</summary>
    public TextWriter? Log { get; init; }
}
