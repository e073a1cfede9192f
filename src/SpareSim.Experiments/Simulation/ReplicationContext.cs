using SpareSim.Core.Random;

namespace SpareSim.Experiments.Simulation;

/// <summary>What one replication of a scenario gets from the runner.</summary>
/// <param name="Streams">The random streams of (master seed, replication): common across scenarios.</param>
/// <param name="Replication">The replication index (0-based).</param>
/// <param name="RunLength">Simulated time after the warm-up over which measures are collected.</param>
/// <param name="WarmUp">Simulated time discarded before collecting.</param>
public sealed record ReplicationContext(RandomStreams Streams, int Replication, double RunLength, double WarmUp);
