using SpareSim.Experiments.Running;

namespace SpareSim.Experiments.Studies;

/// <summary>What the command line gives a study.</summary>
/// <param name="OutputFolder">The --out folder, or null for the study's own default.</param>
/// <param name="Threads">Degree of parallelism.</param>
/// <param name="Log">Where progress lines go.</param>
/// <param name="Cancellation">Stops the study.</param>
public sealed record StudyContext(string? OutputFolder, int Threads, TextWriter Log, CancellationToken Cancellation)
{
    /// <summary>The shard of the study's simulation experiment to run (<c>--shard i/n</c>); whole by default.</summary>
    public ShardSpec Shard { get; init; } = ShardSpec.All;

    /// <summary>Progress of the study's simulation experiment, if anyone listens.</summary>
    public Action<RunProgress>? Progress { get; init; }

    /// <summary>Memory the simulation experiment may plan to use (<c>--max-memory</c>).</summary>
    public long MaxMemoryBytes { get; init; } = RunBudget.DefaultMaxMemoryBytes;
}
