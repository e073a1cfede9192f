using SpareSim.Core.Statistics;

namespace SpareSim.Models.RemotePrinting;

/// <summary>The costs and counts of a remote site since the last reset (the end of the warm-up).</summary>
internal sealed class RemoteSiteLedger
{
    public double Ordering, Printing, Expediting, Holding, Backorder;
    public long DayEnds, DownAtDayEnds, Prints, PrintAttempts, Expedites, UnmetPrints;
    public long ConvoyArrivalsAtReset, CancellationsAtReset, BreakdownsAtReset;
    public readonly Tally RegularPerConvoy = new();
    public readonly Tally PrintsPerCycle = new();
    public readonly Tally MaterialPerCycle = new();
    public TimeWeightedStatistic Down = new();

    public void Reset(double now, int down, long arrivals, long cancellations, long breakdowns)
    {
        Ordering = Printing = Expediting = Holding = Backorder = 0;
        DayEnds = DownAtDayEnds = Prints = PrintAttempts = Expedites = UnmetPrints = 0;
        RegularPerConvoy.Reset();
        PrintsPerCycle.Reset();
        MaterialPerCycle.Reset();
        Down = new TimeWeightedStatistic(now, down);
        ConvoyArrivalsAtReset = arrivals;
        CancellationsAtReset = cancellations;
        BreakdownsAtReset = breakdowns;
    }
}
