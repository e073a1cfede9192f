namespace SpareSim.Analytics.RemotePrinting;

/// <summary>Which cost the remote-site MDP minimizes.</summary>
public enum CostCriterion
{
    /// <summary>Expected total discounted cost with the instance's α, as in the chapter.</summary>
    Discounted,

    /// <summary>Long-run average cost per period (the α → 1 limit, what a long simulation measures).</summary>
    AveragePerPeriod,
}
