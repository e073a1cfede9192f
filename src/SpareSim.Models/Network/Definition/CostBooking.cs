namespace SpareSim.Models.Network.Definition;

/// <summary>How holding and downtime costs are booked.</summary>
public enum CostBooking
{
    /// <summary>Per unit of time held or down: time averages of on-hand stock and down systems (the default).</summary>
    Continuous,

    /// <summary>
    /// On the state at the end of every period (time 1, 2, …, after that instant's convoy and
    /// reviews), as a periodic-review MDP books them (thesis ch. 3): the cost per time unit is the
    /// mean over period ends.
    /// </summary>
    PeriodEnd,
}
