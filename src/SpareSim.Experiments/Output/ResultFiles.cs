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

    /// <summary>The time series: one row per (scenario, replication, time, measure).</summary>
    public const string TimeSeries = "timeseries.parquet";

    /// <summary>Per (scenario, measure) of a time series: when it left the reference band, when it came back, the area lost.</summary>
    public const string Recovery = "recovery.parquet";

    /// <summary>The decision log: one row per decision and per disruption start and end.</summary>
    public const string Events = "events.parquet";

    /// <summary>Present in a shard's folder: which shard it holds.</summary>
    public const string Shard = "shard.txt";
}
