using SpareSim.Core.Distributions;

namespace SpareSim.Experiments.Studies.LeadTimeInsensitivity;

/// <summary>
/// Options of <c>experiments/leadtime-insensitivity.json</c> and <c>experiments/wearout-*.json</c>:
/// instances, the lead-time laws to try (same means as the instance), the lifetime law, and the
/// replication plan. Every lead-time variant reuses the same seeds (common random numbers).
/// </summary>
public sealed class LeadTimeInsensitivityOptions
{
    /// <summary>Study name written into the results.</summary>
    public string Name { get; set; } = "leadtime-insensitivity";

    /// <summary>Output folder.</summary>
    public string Output { get; set; } = "results/leadtime-insensitivity";

    /// <summary>The instances (Appendix 1 of Knofius et al. 2020 by default in the experiment file).</summary>
    public List<InstanceOptions> Instances { get; set; } = [];

    /// <summary>Lead-time laws of both sources, each with the instance's mean lead times 1/μ.</summary>
    public List<LawOptions> LeadTimes { get; set; } = [];

    /// <summary>Lifetime law of installed units, with the instance's means 1/λ.</summary>
    public LawOptions Failures { get; set; } = new();

    /// <summary>Master seed of the random streams.</summary>
    public ulong MasterSeed { get; set; } = 4242;

    /// <summary>Replications per (instance, lead-time law).</summary>
    public int Replications { get; set; } = 20;

    /// <summary>Warm-up per replication (months).</summary>
    public double WarmUp { get; set; } = 2_000;

    /// <summary>Observed time per replication (months).</summary>
    public double RunLength { get; set; } = 100_000;

    /// <summary>Replications run in parallel.</summary>
    public int DegreeOfParallelism { get; set; } = 2;

    /// <summary>Checks every option; throws naming the key.</summary>
    public void Validate()
    {
        if (Instances.Count == 0) throw new ArgumentException("instances: at least one instance is required");
        foreach (var i in Instances) _ = i.ToInstance();
        if (LeadTimes.Count == 0) throw new ArgumentException("leadTimes: at least one lead-time law is required");
        foreach (var law in LeadTimes.Append(Failures))
        {
            try
            {
                _ = LeadTimeDistributions.FromMeanAndCv(law.Family, 1, law.Cv);
            }
            catch (ArgumentException e)
            {
                throw new ArgumentException($"leadTimes/failures: {law.Family} with cv {law.Cv}: {e.Message}", e);
            }
        }
        if (Replications < 2) throw new ArgumentException($"replications: at least 2, got {Replications}");
        if (!(WarmUp >= 0) || !double.IsFinite(WarmUp)) throw new ArgumentException($"warmUp: must be finite and >= 0, got {WarmUp}");
        if (!(RunLength > 0) || !double.IsFinite(RunLength)) throw new ArgumentException($"runLength: must be finite and > 0, got {RunLength}");
        if (DegreeOfParallelism < 1) throw new ArgumentException($"degreeOfParallelism: at least 1, got {DegreeOfParallelism}");
    }
}
