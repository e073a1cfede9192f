namespace SpareSim.Models.Network.Controllers;

/// <summary>What a review does with every waiting failure.</summary>
public enum ReviewAction
{
    /// <summary>Keep waiting for the convoy.</summary>
    Wait,

    /// <summary>Print a stopgap.</summary>
    Print,

    /// <summary>Expedite a regular part.</summary>
    Expedite,
}

/// <summary>
/// The structure of the chapter's optimal emergency policy (Theorems 3.3–3.4): with n periods until
/// the convoy, expedite every waiting failure for n ≥ <see cref="ExpediteFrom"/>, else print for
/// n ≥ <see cref="PrintFrom"/>, else wait; while the convoy is overdue (n ≤ 0) apply
/// <see cref="WhileOverdue"/> (null: the n = 1 action). Model file:
/// <c>{ "kind": "periods-left", "printFrom": 2, "expediteFrom": 8, "whileOverdue": "print" }</c>.
/// </summary>
public sealed class PeriodsLeftRule : IReviewController
{
    /// <summary>Creates the rule; a threshold of <see cref="int.MaxValue"/> means never.</summary>
    public PeriodsLeftRule(int printFrom, int expediteFrom, ReviewAction? whileOverdue)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(printFrom, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(expediteFrom, 1);
        PrintFrom = printFrom;
        ExpediteFrom = expediteFrom;
        WhileOverdue = whileOverdue;
    }

    /// <summary>Print for n ≥ this (int.MaxValue: never).</summary>
    public int PrintFrom { get; }

    /// <summary>Expedite for n ≥ this (int.MaxValue: never).</summary>
    public int ExpediteFrom { get; }

    /// <summary>The action while the convoy is overdue (null: that of n = 1).</summary>
    public ReviewAction? WhileOverdue { get; }

    /// <summary>The action with <paramref name="periodsLeft"/> periods until the convoy.</summary>
    public ReviewAction Action(int periodsLeft)
    {
        if (periodsLeft < 1 && WhileOverdue is { } overdue) return overdue;
        int n = Math.Max(1, periodsLeft);
        return n >= ExpediteFrom ? ReviewAction.Expedite : n >= PrintFrom ? ReviewAction.Print : ReviewAction.Wait;
    }

    /// <inheritdoc />
    public ReviewOrder Decide(IStockPointView view, int waiting, int periodsLeft, int stopgapsInstalled) => Action(periodsLeft) switch
    {
        ReviewAction.Expedite => new ReviewOrder(waiting, 0),
        ReviewAction.Print => new ReviewOrder(0, waiting),
        _ => ReviewOrder.None,
    };
}
