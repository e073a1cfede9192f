namespace SpareSim.Experiments.Studies.LeadTimeInsensitivity;

/// <summary>A distribution family and coefficient of variation (the mean comes from the instance).</summary>
public sealed class LawOptions
{
    /// <summary>A family of <see cref="SpareSim.Core.Distributions.LeadTimeDistributions"/>.</summary>
    public string Family { get; set; } = "exponential";

    /// <summary>Coefficient of variation.</summary>
    public double Cv { get; set; } = 1;
}
