using SpareSim.Analytics.PreventiveMaintenance;

namespace SpareSim.Experiments.Studies.PreventiveMaintenance;

/// <summary>
/// An instance of thesis chapter 4 in an experiment file (defaults: Table 4.1): Weibull scales of
/// the regular and printed parts with a common shape, lead times (days), costs, and the holding
/// cost as a yearly fraction of c_r (h = fraction · c_r / 365, so it scales with c_r).
/// </summary>
public sealed class PmInstanceOptions
{
    /// <summary>α_r (days).</summary>
    public double AlphaR { get; set; } = 600;

    /// <summary>α_p (days).</summary>
    public double AlphaP { get; set; } = 160;

    /// <summary>β_r = β_p.</summary>
    public double Beta { get; set; } = 5;

    /// <summary>L_r (days).</summary>
    public double RegularLeadTime { get; set; } = 30;

    /// <summary>L_p (days).</summary>
    public double PrintLeadTime { get; set; } = 1;

    /// <summary>c_r.</summary>
    public double RegularPrice { get; set; } = 1200;

    /// <summary>c_p.</summary>
    public double PrintPrice { get; set; } = 600;

    /// <summary>c_m.</summary>
    public double MaintenanceCost { get; set; } = 200;

    /// <summary>c_f.</summary>
    public double FailureCost { get; set; } = 400;

    /// <summary>b per day.</summary>
    public double DowntimeRate { get; set; } = 50;

    /// <summary>Yearly holding fraction: h = fraction · c_r / 365.</summary>
    public double HoldingFraction { get; set; } = 0.2;

    /// <summary>The analytic instance; throws <see cref="ArgumentException"/> naming a bad value.</summary>
    public PmInstance ToInstance(string path = "instance")
    {
        foreach (var (v, n) in new[] { (AlphaR, "alphaR"), (AlphaP, "alphaP"), (Beta, "beta") })
            if (!(v > 0) || !double.IsFinite(v)) throw new ArgumentException($"{path}:{n}: must be positive and finite, got {v}");
        if (!(HoldingFraction >= 0) || !double.IsFinite(HoldingFraction)) throw new ArgumentException($"{path}:holdingFraction: must be finite and >= 0, got {HoldingFraction}");
        var instance = PmInstance.Create(AlphaR, AlphaP, Beta, RegularLeadTime, PrintLeadTime, RegularPrice, PrintPrice, MaintenanceCost,
            FailureCost, DowntimeRate, HoldingFraction * RegularPrice / 365.0);
        try
        {
            instance.Validate();
        }
        catch (ArgumentException e)
        {
            throw new ArgumentException($"{path}: {e.Message}", e);
        }
        return instance;
    }

    /// <summary>A copy.</summary>
    public PmInstanceOptions Clone() => (PmInstanceOptions)MemberwiseClone();
}
