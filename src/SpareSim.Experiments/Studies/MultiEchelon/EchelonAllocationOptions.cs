using SpareSim.Analytics.MultiEchelon;

namespace SpareSim.Experiments.Studies.MultiEchelon;

/// <summary>Options of <c>experiments/echelon-allocation.json</c>.</summary>
public sealed class EchelonAllocationOptions
{
    /// <summary>Output folder.</summary>
    public string Output { get; set; } = "results/echelon-allocation";
    /// <summary>The network model file (its stocks are ignored: the study chooses them); required, e.g. models/echelon-four-regions.json.</summary>
    public string Network { get; set; } = "";
    /// <summary>Largest total number of units on the curve.</summary>
    public int MaxUnits { get; set; } = 30;
    /// <summary>metric or vari-metric: the approximation the allocation optimizes.</summary>
    public string Method { get; set; } = "vari-metric";
    /// <summary>Budget in money units (0: not asked).</summary>
    public double Budget { get; set; }
    /// <summary>Target on the system backorders (0: not asked).</summary>
    public double BackorderTarget { get; set; }
    /// <summary>Systems supported per site, CMC first (empty: no availability).</summary>
    public List<int> SystemsPerSite { get; set; } = [];
    /// <summary>Units of the item per system.</summary>
    public int QuantityPerSystem { get; set; } = 1;
    /// <summary>Availability target (0: not asked; needs systemsPerSite).</summary>
    public double AvailabilityTarget { get; set; }
    /// <summary>Every how many units a curve point is simulated (0: none).</summary>
    public int SimulateEvery { get; set; } = 5;
    /// <summary>Master seed.</summary>
    public ulong MasterSeed { get; set; } = 404;
    /// <summary>Replications per simulated point.</summary>
    public int Replications { get; set; } = 10;
    /// <summary>Failures per replication.</summary>
    public double FailuresPerReplication { get; set; } = 100_000;
    /// <summary>Warm-up as a fraction of the run length.</summary>
    public double WarmUpFraction { get; set; } = 0.05;
    /// <summary>Replications in parallel.</summary>
    public int DegreeOfParallelism { get; set; } = 2;

    /// <summary>The approximation named by <see cref="Method"/>.</summary>
    public PipelineApproximation Approximation => Method.Trim().ToLowerInvariant() switch
    {
        "metric" => PipelineApproximation.Metric,
        "vari-metric" => PipelineApproximation.VariMetric,
        _ => throw new ArgumentException($"method: '{Method}' is unknown; expected metric or vari-metric"),
    };

    /// <summary>Checks every option; throws naming the key.</summary>
    public void Validate()
    {
        if (string.IsNullOrWhiteSpace(Output)) throw new ArgumentException("output: a folder is required");
        if (string.IsNullOrWhiteSpace(Network)) throw new ArgumentException("network: is required: the network model file to allocate stock in, e.g. models/echelon-four-regions.json");
        if (Directory.Exists(Network)) throw new ArgumentException($"network: '{Network}' is a folder, not a model file");
        if (!File.Exists(Network)) throw new ArgumentException($"network: model file '{Network}' does not exist");
        if (MaxUnits is < 0 or > 10_000) throw new ArgumentException($"maxUnits: must be in 0..10000, got {MaxUnits}");
        _ = Approximation;
        if (!(Budget >= 0) || !double.IsFinite(Budget)) throw new ArgumentException($"budget: must be >= 0, got {Budget}");
        if (!(BackorderTarget >= 0) || !double.IsFinite(BackorderTarget)) throw new ArgumentException($"backorderTarget: must be >= 0, got {BackorderTarget}");
        if (!(AvailabilityTarget is >= 0 and < 1)) throw new ArgumentException($"availabilityTarget: must be in [0, 1), got {AvailabilityTarget}");
        if (AvailabilityTarget > 0 && SystemsPerSite.Count == 0) throw new ArgumentException("availabilityTarget: needs systemsPerSite");
        if (QuantityPerSystem < 1) throw new ArgumentException($"quantityPerSystem: at least 1, got {QuantityPerSystem}");
        if (SimulateEvery < 0) throw new ArgumentException($"simulateEvery: must be >= 0, got {SimulateEvery}");
        if (Replications < 2) throw new ArgumentException($"replications: at least 2 for a confidence interval, got {Replications}");
        if (!(FailuresPerReplication >= 100) || !double.IsFinite(FailuresPerReplication)) throw new ArgumentException($"failuresPerReplication: at least 100, got {FailuresPerReplication}");
        if (!(WarmUpFraction is >= 0 and < 1)) throw new ArgumentException($"warmUpFraction: must be in [0, 1), got {WarmUpFraction}");
        if (DegreeOfParallelism < 1) throw new ArgumentException($"degreeOfParallelism: at least 1, got {DegreeOfParallelism}");
    }
}
