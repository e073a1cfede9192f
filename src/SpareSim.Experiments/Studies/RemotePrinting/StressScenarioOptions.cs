using SpareSim.Experiments.Models.RemoteSite;

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

    /// <summary>What this scenario switches on. Throws naming a bad key.</summary>
    public RemoteSiteExtensions Extensions()
    {
        if (string.IsNullOrWhiteSpace(Name)) throw new ArgumentException("scenarios: every scenario needs a name");
        if (ConvoyDelayDays.Any(d => !(d >= 0) || !double.IsFinite(d) || d != Math.Floor(d)))
            throw new ArgumentException($"scenarios[{Name}].convoyDelayDays: delays must be whole, non-negative numbers of days");
        if (!(ConvoyCancellationProbability >= 0 && ConvoyCancellationProbability < 1))
            throw new ArgumentException($"scenarios[{Name}].convoyCancellationProbability: must be in [0, 1), got {ConvoyCancellationProbability}");
        if (!(PrinterMeanUptimeDays >= 0) || !(PrinterMeanRepairDays >= 0) || !double.IsFinite(PrinterMeanUptimeDays) || !double.IsFinite(PrinterMeanRepairDays)
            || (PrinterMeanUptimeDays > 0) != (PrinterMeanRepairDays > 0))
            throw new ArgumentException($"scenarios[{Name}].printerMeanUptimeDays/printerMeanRepairDays: both positive, or both 0 for a printer that never breaks down");
        if (PrintCapacityPerNight < 0) throw new ArgumentException($"scenarios[{Name}].printCapacityPerNight: must be non-negative (0: unlimited)");
        if (!(PrintFailureProbability >= 0 && PrintFailureProbability < 1))
            throw new ArgumentException($"scenarios[{Name}].printFailureProbability: must be in [0, 1), got {PrintFailureProbability}");
        if (!(PrintVolumeCc >= 0) || !double.IsFinite(PrintVolumeCc)) throw new ArgumentException($"scenarios[{Name}].printVolumeCc: must be finite and non-negative");
        if (!(RawMaterialBaseStockCc >= 0) || !double.IsFinite(RawMaterialBaseStockCc)) throw new ArgumentException($"scenarios[{Name}].rawMaterialBaseStockCc: must be finite and non-negative (0: unlimited)");
        if (RawMaterialBaseStockCc > 0 && PrintVolumeCc > RawMaterialBaseStockCc)
            throw new ArgumentException($"scenarios[{Name}].rawMaterialBaseStockCc: must hold at least one print ({PrintVolumeCc} cc)");
        return new RemoteSiteExtensions
        {
            ConvoyCancellationProbability = ConvoyCancellationProbability,
            ConvoyDelayDays = ConvoyDelayDays,
            PrinterMeanUptime = PrinterMeanUptimeDays,
            PrinterMeanRepair = PrinterMeanRepairDays,
            PrintsPerNight = PrintCapacityPerNight,
            FailedPrintProbability = PrintFailureProbability,
            PrintVolume = PrintVolumeCc,
            MaterialCapacity = RawMaterialBaseStockCc,
        };
    }
}
