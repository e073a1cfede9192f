namespace SpareSim.Models.Network.Engine;

/// <summary>The costs booked at events (per order, print, failure, shipment, departure, expedite; period-end states) since the last reset.</summary>
internal sealed class NetworkLedger
{
    public double Purchase { get; set; }

    public double Repair { get; set; }

    public double Print { get; set; }

    public double Maintenance { get; set; }

    public double Transport { get; set; }

    public double Expedite { get; set; }

    // Period-end booking (CostBooking.PeriodEnd): sums over the period ends since the reset.
    public long Periods { get; set; }

    public double PeriodEndHolding { get; set; }

    public double PeriodEndDowntime { get; set; }

    public double PeriodEndDown { get; set; }

    public void Reset()
    {
        Purchase = 0;
        Repair = 0;
        Print = 0;
        Maintenance = 0;
        Transport = 0;
        Expedite = 0;
        Periods = 0;
        PeriodEndHolding = 0;
        PeriodEndDowntime = 0;
        PeriodEndDown = 0;
    }
}
