namespace SpareSim.Benchmarks;

/// <summary>One timed solve of the reduced factorial of <see cref="AnalyticsBenchmark"/>.</summary>
/// <param name="Instances">Instances solved (each for CM-only, AM-only and dual sourcing).</param>
/// <param name="WallSeconds">Wall-clock seconds, one thread.</param>
/// <param name="Check">Σ S* and Σ C* over the instances and policies.</param>
public sealed record AnalyticsBenchmarkResult(int Instances, double WallSeconds, string Check);
