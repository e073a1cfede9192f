namespace SpareSim.Models.Network.Engine;

/// <summary>Holding, downtime and down systems summed over period ends (<see cref="Definition.CostBooking.PeriodEnd"/>) since the last reset.</summary>
internal sealed class PeriodEndBook
{
    public long Periods { get; set; }

    public double Holding { get; set; }

    public double Downtime { get; set; }

    public double Down { get; set; }

    public void Reset()
    {
        Periods = 0;
        Holding = 0;
        Downtime = 0;
        Down = 0;
    }
}
