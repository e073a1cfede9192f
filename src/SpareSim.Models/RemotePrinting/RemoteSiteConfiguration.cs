using SpareSim.Core.Distributions;

namespace SpareSim.Models.RemotePrinting;

/// <summary>
/// A remote site as in the chapter — N systems, a convoy every L days, an on-site printer, costs —
/// plus what the MDP cannot model: convoy delays and cancellations, a printer with a nightly
/// capacity, failed prints and breakdowns, and a raw-material store replenished by the convoy.
/// Time is in days. The defaults switch every extension off, giving the chapter's model.
/// </summary>
public sealed record RemoteSiteConfiguration
{
    /// <summary>N, systems (≥ 1).</summary>
    public required int InstalledBase { get; init; }
    /// <summary>L, days between scheduled convoys (≥ 2).</summary>
    public required int CycleLength { get; init; }
    /// <summary>c_r per regular part brought by the convoy.</summary>
    public required double RegularCost { get; init; }
    /// <summary>c_p per print attempt (+∞: no printer).</summary>
    public double PrintCost { get; init; } = double.PositiveInfinity;
    /// <summary>c_e per expedited regular part (+∞: no expediting).</summary>
    public double ExpediteCost { get; init; } = double.PositiveInfinity;
    /// <summary>p_r, daily failure probability of a regular part.</summary>
    public required double RegularFailureProbability { get; init; }
    /// <summary>p_p, daily failure probability of a printed part.</summary>
    public required double PrintedFailureProbability { get; init; }
    /// <summary>h per part on hand at a day's end.</summary>
    public required double HoldingCost { get; init; }
    /// <summary>b per down system at a day's end.</summary>
    public required double BackorderCost { get; init; }
    /// <summary>How parts fail.</summary>
    public FailureTiming FailureTiming { get; init; } = FailureTiming.PerPeriodBernoulli;
    /// <summary>Probability that a scheduled convoy does not come at all (the next one is due L days later).</summary>
    public double ConvoyCancellationProbability { get; init; }
    /// <summary>Delay of a convoy in days (rounded up to whole days); null for none.</summary>
    public IDistribution? ConvoyDelay { get; init; }
    /// <summary>Parts the printer can print per night (≥ 1; int.MaxValue for unlimited).</summary>
    public int PrintCapacityPerNight { get; init; } = int.MaxValue;
    /// <summary>Probability that a print is unusable (material and cost spent, system stays down).</summary>
    public double PrintFailureProbability { get; init; }
    /// <summary>Days of printer operation between breakdowns; null for a printer that never breaks down.</summary>
    public IDistribution? PrinterUptime { get; init; }
    /// <summary>Days a broken printer is down; required when <see cref="PrinterUptime"/> is set.</summary>
    public IDistribution? PrinterRepairTime { get; init; }
    /// <summary>Raw material per print in cc (≥ 0).</summary>
    public double PrintVolumeCc { get; init; }
    /// <summary>Raw material the convoy tops the store up to, in cc (+∞: unlimited material).</summary>
    public double RawMaterialBaseStockCc { get; init; } = double.PositiveInfinity;

    /// <summary>Whether a printer is on site.</summary>
    public bool CanPrint => double.IsFinite(PrintCost);

    /// <summary>Whether expediting is possible.</summary>
    public bool CanExpedite => double.IsFinite(ExpediteCost);

    /// <summary>Checks every parameter; throws naming the first bad one.</summary>
    public void Validate()
    {
        if (InstalledBase < 1) throw new ArgumentOutOfRangeException(nameof(InstalledBase), InstalledBase, "must be at least 1");
        if (CycleLength < 2) throw new ArgumentOutOfRangeException(nameof(CycleLength), CycleLength, "must be at least 2");
        Cost(RegularCost, nameof(RegularCost), allowInfinity: false);
        Cost(PrintCost, nameof(PrintCost), allowInfinity: true);
        Cost(ExpediteCost, nameof(ExpediteCost), allowInfinity: true);
        Cost(HoldingCost, nameof(HoldingCost), allowInfinity: false);
        Cost(BackorderCost, nameof(BackorderCost), allowInfinity: false);
        Probability(RegularFailureProbability, nameof(RegularFailureProbability), open: true);
        Probability(PrintedFailureProbability, nameof(PrintedFailureProbability), open: true);
        Probability(ConvoyCancellationProbability, nameof(ConvoyCancellationProbability), open: false);
        if (ConvoyCancellationProbability >= 1) throw new ArgumentOutOfRangeException(nameof(ConvoyCancellationProbability), ConvoyCancellationProbability, "must be below 1 (some convoy must come)");
        Probability(PrintFailureProbability, nameof(PrintFailureProbability), open: false);
        if (PrintFailureProbability >= 1) throw new ArgumentOutOfRangeException(nameof(PrintFailureProbability), PrintFailureProbability, "must be below 1");
        if (PrintCapacityPerNight < 1) throw new ArgumentOutOfRangeException(nameof(PrintCapacityPerNight), PrintCapacityPerNight, "must be at least 1");
        if ((PrinterUptime is null) != (PrinterRepairTime is null)) throw new ArgumentException($"{nameof(PrinterUptime)} and {nameof(PrinterRepairTime)} must be given together", nameof(PrinterRepairTime));
        Cost(PrintVolumeCc, nameof(PrintVolumeCc), allowInfinity: false);
        if (!(RawMaterialBaseStockCc >= 0)) throw new ArgumentOutOfRangeException(nameof(RawMaterialBaseStockCc), RawMaterialBaseStockCc, "must be non-negative (+∞ for unlimited)");
    }

    private static void Cost(double value, string name, bool allowInfinity)
    {
        if (!(value >= 0) || (!allowInfinity && !double.IsFinite(value)))
            throw new ArgumentOutOfRangeException(name, value, allowInfinity ? "must be non-negative (+∞ for an unavailable source)" : "must be finite and non-negative");
    }

    private static void Probability(double value, string name, bool open)
    {
        bool ok = open ? value > 0 && value < 1 : value >= 0 && value <= 1;
        if (!ok) throw new ArgumentOutOfRangeException(name, value, open ? "must be a probability in (0,1)" : "must be a probability in [0,1]");
    }
}
