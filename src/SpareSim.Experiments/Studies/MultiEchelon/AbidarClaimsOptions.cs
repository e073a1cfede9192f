using SpareSim.Analytics.MultiEchelon;

namespace SpareSim.Experiments.Studies.MultiEchelon;

/// <summary>Options of <c>experiments/abidar-claims.json</c>.</summary>
public sealed class AbidarClaimsOptions
{
    /// <summary>Output folder.</summary>
    public string Output { get; set; } = "results/abidar-claims";
    /// <summary>Demand classes m of the analytic grids (default 10, 75, 150).</summary>
    public List<double> Demands { get; set; } = [10, 75, 150];
    /// <summary>AM probabilities of the analytic grids (default 0.1, 0.5, 0.9).</summary>
    public List<double> AmProbabilities { get; set; } = [0.1, 0.5, 0.9];
    /// <summary>Largest stock level s of the analytic grids (s0 = s1 = s2 = s).</summary>
    public int MaxStock { get; set; } = 5;
    /// <summary>Demand classes simulated (default 10, 75).</summary>
    public List<double> SimulatedDemands { get; set; } = [10, 75];
    /// <summary>Stock levels simulated, s at every site (default 1, 3).</summary>
    public List<int> SimulatedStocks { get; set; } = [1, 3];
    /// <summary>AM probability of the simulated scenario comparisons.</summary>
    public double SimulatedAmProbability { get; set; } = 0.9;
    /// <summary>φ grid of the split-pool sweep (default 0.1 .. 0.9).</summary>
    public List<double> SweepAmProbabilities { get; set; } = [0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9];
    /// <summary>Stock levels of the split-pool sweep: s in each CMC pool and at each RMC (default 1, 2, 3).</summary>
    public List<int> SweepStocks { get; set; } = [1, 2, 3];
    /// <summary>Item of the split-pool sweep.</summary>
    public int SweepItem { get; set; } = 162;
    /// <summary>Demand of the split-pool sweep.</summary>
    public double SweepDemand { get; set; } = 10;
    /// <summary>Master seed.</summary>
    public ulong MasterSeed { get; set; } = 2023;
    /// <summary>Independent replications per simulated configuration.</summary>
    public int Replications { get; set; } = 10;
    /// <summary>Failures per replication (network-wide).</summary>
    public double FailuresPerReplication { get; set; } = 100_000;
    /// <summary>Warm-up as a fraction of the run length.</summary>
    public double WarmUpFraction { get; set; } = 0.05;
    /// <summary>Replications in parallel.</summary>
    public int DegreeOfParallelism { get; set; } = 2;

    /// <summary>Checks every option; throws naming the key.</summary>
    public void Validate()
    {
        if (string.IsNullOrWhiteSpace(Output)) throw new ArgumentException("output: a folder is required");
        Positive(Demands, "demands");
        Positive(SimulatedDemands, "simulatedDemands");
        if (!(SweepDemand > 0) || !double.IsFinite(SweepDemand)) throw new ArgumentException($"sweepDemand: must be positive, got {SweepDemand}");
        foreach (double p in AmProbabilities.Concat(SweepAmProbabilities).Append(SimulatedAmProbability))
            if (!(p is >= 0 and <= 1)) throw new ArgumentException($"amProbabilities/sweepAmProbabilities/simulatedAmProbability: must be in [0, 1], got {p}");
        if (MaxStock is < 0 or > 100) throw new ArgumentException($"maxStock: must be in 0..100, got {MaxStock}");
        foreach (int s in SimulatedStocks.Concat(SweepStocks))
            if (s is < 0 or > 1000) throw new ArgumentException($"simulatedStocks/sweepStocks: must be in 0..1000, got {s}");
        if (AbidarItem.All.All(i => i.Code != SweepItem)) throw new ArgumentException($"sweepItem: unknown item {SweepItem}; expected 162, 163 or 164");
        if (Replications < 2) throw new ArgumentException($"replications: at least 2 for a confidence interval, got {Replications}");
        if (!(FailuresPerReplication >= 100) || !double.IsFinite(FailuresPerReplication)) throw new ArgumentException($"failuresPerReplication: at least 100, got {FailuresPerReplication}");
        if (!(WarmUpFraction is >= 0 and < 1)) throw new ArgumentException($"warmUpFraction: must be in [0, 1), got {WarmUpFraction}");
        if (DegreeOfParallelism < 1) throw new ArgumentException($"degreeOfParallelism: at least 1, got {DegreeOfParallelism}");
    }

    private static void Positive(List<double> values, string key)
    {
        foreach (double v in values)
            if (!(v > 0) || !double.IsFinite(v)) throw new ArgumentException($"{key}: must be positive, got {v}");
    }
}
