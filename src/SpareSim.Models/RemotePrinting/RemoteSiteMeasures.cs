namespace SpareSim.Models.RemotePrinting;

/// <summary>
/// What one replication of a remote site measured over its observation period. Costs and counts
/// are per day; "at day ends" is where the chapter charges holding and backorder costs.
/// </summary>
public sealed record RemoteSiteMeasures
{
    /// <summary>Days observed.</summary>
    public required long Days { get; init; }
    /// <summary>Total cost per day.</summary>
    public double CostPerDay => OrderingCostPerDay + PrintingCostPerDay + ExpeditingCostPerDay + HoldingCostPerDay + BackorderCostPerDay;
    /// <summary>Regular parts from the convoy, per day.</summary>
    public required double OrderingCostPerDay { get; init; }
    /// <summary>Print attempts, per day.</summary>
    public required double PrintingCostPerDay { get; init; }
    /// <summary>Expedited parts, per day.</summary>
    public required double ExpeditingCostPerDay { get; init; }
    /// <summary>Holding at day ends, per day.</summary>
    public required double HoldingCostPerDay { get; init; }
    /// <summary>Backorders at day ends, per day.</summary>
    public required double BackorderCostPerDay { get; init; }
    /// <summary>Mean down systems at a day's end.</summary>
    public required double BackordersPerDay { get; init; }
    /// <summary>1 − mean down systems at day ends / N.</summary>
    public required double Availability { get; init; }
    /// <summary>1 − time-average down systems / N (includes downtime within days).</summary>
    public required double TimeAverageAvailability { get; init; }
    /// <summary>Usable printed parts installed per day.</summary>
    public required double PrintsPerDay { get; init; }
    /// <summary>Print attempts per day (usable or not).</summary>
    public required double PrintAttemptsPerDay { get; init; }
    /// <summary>Expedited parts per day.</summary>
    public required double ExpeditesPerDay { get; init; }
    /// <summary>Parts the controller wanted printed that the printer could not make (capacity, breakdown, material), per day.</summary>
    public required double UnmetPrintRequestsPerDay { get; init; }
    /// <summary>Mean regular parts a convoy brought.</summary>
    public required double RegularPartsPerConvoy { get; init; }
    /// <summary>Mean print attempts between two convoy arrivals.</summary>
    public required double PrintsPerCycleMean { get; init; }
    /// <summary>Variance of the print attempts between two convoy arrivals.</summary>
    public required double PrintsPerCycleVariance { get; init; }
    /// <summary>Mean raw material (cc) used between two convoy arrivals.</summary>
    public required double RawMaterialPerCycleMean { get; init; }
    /// <summary>Convoys that arrived.</summary>
    public required long ConvoyArrivals { get; init; }
    /// <summary>Convoys cancelled.</summary>
    public required long ConvoyCancellations { get; init; }
    /// <summary>Printer breakdowns.</summary>
    public required long PrinterBreakdowns { get; init; }
}
