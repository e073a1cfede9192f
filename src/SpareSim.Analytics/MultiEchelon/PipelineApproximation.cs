namespace SpareSim.Analytics.MultiEchelon;

/// <summary>How the RMC pipelines are approximated.</summary>
public enum PipelineApproximation
{
    /// <summary>METRIC (Sherbrooke 1968): Poisson with the pipeline mean; the CMC delay enters by its mean only.</summary>
    Metric,

    /// <summary>VARI-METRIC (Graves 1985, Sherbrooke 1986): negative binomial with the pipeline mean and variance when the variance exceeds the mean.</summary>
    VariMetric,
}
