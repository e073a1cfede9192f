namespace SpareSim.Models.Maintenance;

/// <summary>
/// The printed-part rule of TR and DA: print when the regular part fails at a cycle age below the
/// threshold t_b and its successor is not there; remove the printed part on the regular part's
/// arrival or at its own PM age t_p. The cases the analytic model assumes away (a printed part
/// failing before the regular part arrives) follow <see cref="EarlyFailure"/>, and whether such a
/// failure costs c_f follows <see cref="ChargeEarlyFailure"/>.
/// </summary>
public sealed class TemporaryPartRule
{
    /// <summary>A rule with threshold <paramref name="printThreshold"/>, the given removal and early-failure handling.</summary>
    public TemporaryPartRule(double printThreshold, PrintedPartRemoval removal, double printedReplacementAge = double.PositiveInfinity,
        EarlyPrintedFailureResponse earlyFailure = EarlyPrintedFailureResponse.WaitForRegular, bool chargeEarlyFailure = true)
    {
        if (!(printThreshold >= 0) || !double.IsFinite(printThreshold))
            throw new ArgumentOutOfRangeException(nameof(printThreshold), printThreshold, "the print threshold t_b must be finite and >= 0");
        if (removal == PrintedPartRemoval.AtOwnAge && !(printedReplacementAge > 0))
            throw new ArgumentOutOfRangeException(nameof(printedReplacementAge), printedReplacementAge, "the printed PM age t_p must be positive");
        PrintThreshold = printThreshold;
        Removal = removal;
        PrintedReplacementAge = printedReplacementAge;
        EarlyFailure = earlyFailure;
        ChargeEarlyFailure = chargeEarlyFailure;
    }

    /// <summary>t_b on the cycle clock.</summary>
    public double PrintThreshold { get; }

    /// <summary>When a printed part leaves.</summary>
    public PrintedPartRemoval Removal { get; }

    /// <summary>t_p (used with <see cref="PrintedPartRemoval.AtOwnAge"/>).</summary>
    public double PrintedReplacementAge { get; }

    /// <summary>Response to a printed failure before the regular part arrives.</summary>
    public EarlyPrintedFailureResponse EarlyFailure { get; }

    /// <summary>Whether such an early printed failure pays c_f.</summary>
    public bool ChargeEarlyFailure { get; }

    /// <summary>Whether to print after a regular failure at cycle age <paramref name="failureAge"/>, the regular part due <paramref name="waitForRegular"/> later.</summary>
    public bool Prints(double failureAge, double waitForRegular, double printLeadTime) =>
        failureAge < PrintThreshold && waitForRegular > printLeadTime;
}
