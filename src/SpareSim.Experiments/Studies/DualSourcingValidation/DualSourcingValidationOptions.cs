namespace SpareSim.Experiments.Studies.DualSourcingValidation;

/// <summary>
/// Options of <c>experiments/dual-sourcing-validation.json</c> (any key can be overridden on the
/// command line): how many Table 2 instances, and how long and how often each is simulated.
/// </summary>
public sealed class DualSourcingValidationOptions
{
    /// <summary>Output folder.</summary>
    public string Output { get; set; } = "results/dual-sourcing-validation";

    /// <summary>Instances: the two corners of the grid (all lowest, all highest levels) plus random grid points.</summary>
    public int Instances { get; set; } = 48;

    /// <summary>Seed of the draw of grid points.</summary>
    public ulong SelectionSeed { get; set; } = 2020;

    /// <summary>Master seed of the simulation's random streams.</summary>
    public ulong MasterSeed { get; set; } = 12345;

    /// <summary>Independent replications per instance.</summary>
    public int Replications { get; set; } = 20;

    /// <summary>Warm-up per replication (months), discarded.</summary>
    public double WarmUp { get; set; } = 2_000;

    /// <summary>Observed time per replication (months).</summary>
    public double RunLength { get; set; } = 50_000;

    /// <summary>Replications run in parallel.</summary>
    public int DegreeOfParallelism { get; set; } = 2;

    /// <summary>Checks every option; throws naming the key.</summary>
    public void Validate()
    {
        if (Instances < 2) throw new ArgumentException($"instances: at least 2 (the two corners), got {Instances}");
        if (Replications < 2) throw new ArgumentException($"replications: at least 2 for a confidence interval, got {Replications}");
        if (!(WarmUp >= 0) || !double.IsFinite(WarmUp)) throw new ArgumentException($"warmUp: must be finite and >= 0, got {WarmUp}");
        if (!(RunLength > 0) || !double.IsFinite(RunLength)) throw new ArgumentException($"runLength: must be finite and > 0, got {RunLength}");
        if (DegreeOfParallelism < 1) throw new ArgumentException($"degreeOfParallelism: at least 1, got {DegreeOfParallelism}");
        if (string.IsNullOrWhiteSpace(Output)) throw new ArgumentException("output: a folder is required");
    }
}
