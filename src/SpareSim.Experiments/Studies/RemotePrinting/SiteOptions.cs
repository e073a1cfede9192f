using SpareSim.Analytics.RemotePrinting;

namespace SpareSim.Experiments.Studies.RemotePrinting;

/// <summary>
/// The remote site of an experiment file (section <c>site</c>): the chapter's parameters. Costs of
/// unavailable sources are left out (or null). Defaults are the Table 3.1 instance.
/// </summary>
public sealed class SiteOptions
{
    /// <summary>N.</summary>
    public int InstalledBase { get; set; } = 3;
    /// <summary>L in days.</summary>
    public int CycleLength { get; set; } = 14;
    /// <summary>c_r.</summary>
    public double RegularCost { get; set; } = 100;
    /// <summary>c_p (null: no printer).</summary>
    public double? PrintCost { get; set; } = 50;
    /// <summary>c_e (null: no expediting).</summary>
    public double? ExpediteCost { get; set; }
    /// <summary>p_r per day.</summary>
    public double RegularFailureProbability { get; set; } = 0.01;
    /// <summary>p_p per day.</summary>
    public double PrintedFailureProbability { get; set; } = 0.2;
    /// <summary>h per part per day.</summary>
    public double HoldingCost { get; set; } = 1;
    /// <summary>b per down system per day.</summary>
    public double BackorderCost { get; set; } = 30;
    /// <summary>α per day.</summary>
    public double Discount { get; set; } = 0.9995;

    /// <summary>The analytical instance; throws naming the parameter if a value is out of range.</summary>
    public RemoteSiteInstance ToInstance() => new(InstalledBase, CycleLength, RegularCost, PrintCost ?? double.PositiveInfinity,
        RegularFailureProbability, PrintedFailureProbability, HoldingCost, BackorderCost, Discount, ExpediteCost ?? double.PositiveInfinity);
}
