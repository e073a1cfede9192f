using SpareSim.Core.Distributions;
using SpareSim.Models.RemotePrinting;

namespace SpareSim.Experiments.Studies.RemotePrinting;

/// <summary>One disruption scenario of the stress study: what the MDP leaves out, switched on.</summary>
public sealed class StressScenarioOptions
{
    /// <summary>Scenario name.</summary>
    public string Name { get; set; } = "";
    /// <summary>Probability that a convoy is cancelled.</summary>
    public double ConvoyCancellationProbability { get; set; }
    /// <summary>Equally likely delays in whole days, resampled per convoy (e.g. [0,0,0,0,0,0,0,1,2,3]); empty: on time.</summary>
    public double[] ConvoyDelayDays { get; set; } = [];
    /// <summary>Mean days between printer breakdowns (exponential); 0: never breaks down.</summary>
    public double PrinterMeanUptimeDays { get; set; }
    /// <summary>Mean repair days (exponential).</summary>
    public double PrinterMeanRepairDays { get; set; }
    /// <summary>Prints per night; 0: unlimited.</summary>
    public int PrintCapacityPerNight { get; set; }
    /// <summary>Probability that a print is unusable.</summary>
    public double PrintFailureProbability { get; set; }
    /// <summary>cc per print.</summary>
    public double PrintVolumeCc { get; set; }
    /// <summary>Raw material the convoy tops up to (cc); 0: unlimited.</summary>
    public double RawMaterialBaseStockCc { get; set; }

    /// <summary>The simulated site: <paramref name="site"/> with this scenario's disruptions. Throws naming a bad key.</summary>
    public RemoteSiteConfiguration Apply(RemoteSiteConfiguration site)
    {
        ArgumentNullException.ThrowIfNull(site);
        if (string.IsNullOrWhiteSpace(Name)) throw new ArgumentException("scenarios: every scenario needs a name");
        if (ConvoyDelayDays.Any(d => !(d >= 0) || !double.IsFinite(d))) throw new ArgumentException($"scenarios[{Name}].convoyDelayDays: delays must be finite and non-negative");
        if (PrinterMeanUptimeDays < 0 || PrinterMeanRepairDays < 0 || (PrinterMeanUptimeDays > 0) != (PrinterMeanRepairDays > 0))
            throw new ArgumentException($"scenarios[{Name}].printerMeanUptimeDays/printerMeanRepairDays: both positive, or both 0 for a printer that never breaks down");
        if (PrintCapacityPerNight < 0) throw new ArgumentException($"scenarios[{Name}].printCapacityPerNight: must be non-negative (0: unlimited)");
        if (RawMaterialBaseStockCc < 0) throw new ArgumentException($"scenarios[{Name}].rawMaterialBaseStockCc: must be non-negative (0: unlimited)");
        var c = site with
        {
            ConvoyCancellationProbability = ConvoyCancellationProbability,
            ConvoyDelay = ConvoyDelayDays.Length > 0 ? Empirical.Resampling(ConvoyDelayDays) : null,
            PrinterUptime = PrinterMeanUptimeDays > 0 ? Exponential.FromMean(PrinterMeanUptimeDays) : null,
            PrinterRepairTime = PrinterMeanRepairDays > 0 ? Exponential.FromMean(PrinterMeanRepairDays) : null,
            PrintCapacityPerNight = PrintCapacityPerNight > 0 ? PrintCapacityPerNight : int.MaxValue,
            PrintFailureProbability = PrintFailureProbability,
            PrintVolumeCc = PrintVolumeCc,
            RawMaterialBaseStockCc = RawMaterialBaseStockCc > 0 ? RawMaterialBaseStockCc : double.PositiveInfinity,
        };
        try
        {
            c.Validate();
        }
        catch (ArgumentException e)
        {
            throw new ArgumentException($"scenarios[{Name}]: {e.Message}");
        }
        return c;
    }
}
