namespace SpareSim.Analytics.PreventiveMaintenance;

/// <summary>
/// Expectations over one renewal cycle (from one regular installation to the next) of a policy at
/// a decision vector, by cost category; the cost rate is ECC/ECL (renewal-reward theorem).
/// </summary>
public readonly record struct PmCycle
{
    /// <summary>ECL, the expected cycle length (days).</summary>
    public required double Length { get; init; }

    /// <summary>E[c_r paid]: one regular part per cycle.</summary>
    public required double RegularPurchase { get; init; }

    /// <summary>E[c_p paid]: c_p × P(print).</summary>
    public required double Printing { get; init; }

    /// <summary>E[c_m paid]: one action per installation.</summary>
    public required double Maintenance { get; init; }

    /// <summary>E[c_f paid]: c_f × expected failures before PM.</summary>
    public required double Failure { get; init; }

    /// <summary>E[b × downtime].</summary>
    public required double Downtime { get; init; }

    /// <summary>E[h × holding time].</summary>
    public required double Holding { get; init; }

    /// <summary>Probability that a part is printed in a cycle.</summary>
    public required double PrintProbability { get; init; }

    /// <summary>Expected downtime per cycle (days).</summary>
    public required double DowntimeDays { get; init; }

    /// <summary>ECC, the expected cycle cost.</summary>
    public double Cost => RegularPurchase + Printing + Maintenance + Failure + Downtime + Holding;

    /// <summary>g = ECC/ECL.</summary>
    public double CostRate => Cost / Length;

    /// <summary>Long-run fraction of time the system is up.</summary>
    public double Availability => 1 - DowntimeDays / Length;
}
