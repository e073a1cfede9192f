using SpareSim.Experiments.Models.RemoteSite;

namespace SpareSim.Experiments.Studies.RemotePrinting;

/// <summary>A candidate policy of the stress study: base stock, print threshold, and whether to print while the convoy is overdue.</summary>
/// <param name="BaseStock">S.</param>
/// <param name="PrintThreshold">Print for n ≥ this (≥ L: never).</param>
/// <param name="PrintWhileOverdue">Print while the convoy is late (the chapter's policy backorders, its n = 1 action).</param>
public sealed record StressPolicy(int BaseStock, int PrintThreshold, bool PrintWhileOverdue)
{
    /// <summary>The review rule: print for n ≥ the threshold; while overdue print or (the chapter's n = 1 action) wait.</summary>
    public RemoteSitePolicyRule Rule() => new(BaseStock, PrintThreshold, WhileOverdue: PrintWhileOverdue ? "print" : null);

    /// <summary>"S=1, n_p=2, overdue: print".</summary>
    public string Describe(int cycleLength) =>
        $"S={BaseStock}, n_p={(PrintThreshold >= cycleLength ? "never" : PrintThreshold.ToString(System.Globalization.CultureInfo.InvariantCulture))}{(PrintWhileOverdue ? ", print while overdue" : "")}";
}
