namespace SpareSim.Experiments.Studies.RemotePrinting;

/// <summary>Options of <c>experiments/remote-printing-stress.json</c>.</summary>
public sealed class StressOptions
{
    /// <summary>Output folder.</summary>
    public string Output { get; set; } = "results/remote-printing-stress";
    /// <summary>The site (default: Table 3.1).</summary>
    public SiteOptions Site { get; set; } = new();
    /// <summary>The disruption scenarios.</summary>
    public List<StressScenarioOptions> Scenarios { get; set; } = [];
    /// <summary>Base stocks searched when re-optimizing.</summary>
    public int[] BaseStocks { get; set; } = [];
    /// <summary>Print thresholds searched (≥ L: never print).</summary>
    public int[] PrintThresholds { get; set; } = [];
    /// <summary>Master seed of the evaluation runs.</summary>
    public ulong MasterSeed { get; set; } = 77;
    /// <summary>Master seed of the search runs (kept apart so the winner's evaluation is unbiased).</summary>
    public ulong SearchSeed { get; set; } = 78;
    /// <summary>Replications per evaluated policy.</summary>
    public int Replications { get; set; } = 10;
    /// <summary>Days per evaluation replication.</summary>
    public int Days { get; set; } = 140_000;
    /// <summary>Replications per policy in the search.</summary>
    public int SearchReplications { get; set; } = 4;
    /// <summary>Days per search replication.</summary>
    public int SearchDays { get; set; } = 70_000;
    /// <summary>Replications in parallel.</summary>
    public int DegreeOfParallelism { get; set; } = 2;

    /// <summary>Checks every option; throws naming the key.</summary>
    public void Validate()
    {
        if (string.IsNullOrWhiteSpace(Output)) throw new ArgumentException("output: a folder is required");
        if (Scenarios.Count == 0) throw new ArgumentException("scenarios: at least one is needed");
        if (BaseStocks.Length == 0 || BaseStocks.Any(s => s < 0)) throw new ArgumentException("baseStocks: at least one, all non-negative");
        if (PrintThresholds.Length == 0 || PrintThresholds.Any(t => t < 1)) throw new ArgumentException("printThresholds: at least one, all ≥ 1");
        if (Replications < 2) throw new ArgumentException($"replications: at least 2, got {Replications}");
        if (SearchReplications < 1) throw new ArgumentException($"searchReplications: at least 1, got {SearchReplications}");
        if (Days < 1 || SearchDays < 1) throw new ArgumentException("days, searchDays: at least 1");
        if (DegreeOfParallelism < 1) throw new ArgumentException($"degreeOfParallelism: at least 1, got {DegreeOfParallelism}");
        if (Scenarios.Select(s => s.Name).Distinct().Count() != Scenarios.Count) throw new ArgumentException("scenarios: names must be unique");
        Site.ToInstance();
        foreach (var scenario in Scenarios) scenario.Extensions();
    }
}
