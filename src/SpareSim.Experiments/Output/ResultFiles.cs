namespace SpareSim.Experiments.Output;

/// <summary>The names of the files a run writes into its output folder.</summary>
public static class ResultFiles
{
    /// <summary>One row per (scenario, replication).</summary>
    public const string Replications = "replications.parquet";

    /// <summary>One row per scenario: mean, sd, CI of each measure.</summary>
    public const string Summary = "summary.parquet";

    /// <summary>Paired differences with the baseline scenario.</summary>
    public const string Comparisons = "comparisons.parquet";

    /// <summary>The resolved experiment (a loadable experiment file).</summary>
    public const string Experiment = "experiment.json";

    /// <summary>The Markdown report.</summary>
    public const string Report = "report.md";

    /// <summary>Present in a shard's folder: which shard it holds.</summary>
    public const string Shard = "shard.txt";
}
