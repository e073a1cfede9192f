using SpareSim.Core.Statistics;

namespace SpareSim.Models.MultiEchelon;

/// <summary>Customer-side statistics of one site: backorders over time, demands, fills from the shelf, waits.</summary>
internal sealed class SiteStatistics(string name)
{
    public string Name { get; } = name;

    public TimeWeightedStatistic Backorders { get; } = new();

    public long Demands { get; private set; }

    public long FilledFromShelf { get; private set; }

    public double TotalWait { get; private set; }

    public void Served(double now, double waited)
    {
        Demands++;
        FilledFromShelf++;
        TotalWait += waited;
    }

    public void Backordered(double now, int backorders)
    {
        Demands++;
        Backorders.Update(now, backorders);
    }

    public void Unblocked(double now, int backorders, double waited)
    {
        Backorders.Update(now, backorders);
        TotalWait += waited;
    }

    public void Reset(double now)
    {
        Backorders.Reset(now);
        Demands = 0;
        FilledFromShelf = 0;
        TotalWait = 0;
    }
}
