namespace SpareSim.Experiments.Studies;

/// <summary>What the command line gives a study.</summary>
/// <param name="OutputFolder">The --out folder, or null for the study's own default.</param>
/// <param name="Threads">Degree of parallelism.</param>
/// <param name="Log">Where progress lines go.</param>
/// <param name="Cancellation">Stops the study.</param>
public sealed record StudyContext(string? OutputFolder, int Threads, TextWriter Log, CancellationToken Cancellation);
