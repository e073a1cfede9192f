namespace SpareSim.Models.Maintenance;

/// <summary>
/// Counts of what chapter 4's analytic model assumes never happens (F_x(L_r) = 0), so a run measures
/// that assumption's error: regular failures before the spare arrived (B), printed failures before
/// the regular part arrived (TR, DA).
/// </summary>
public sealed class OutOfModelEvents
{
    /// <summary>Regular failures under B with the spare still on order.</summary>
    public long RegularFailuresBeforeSpare { get; internal set; }

    /// <summary>Printed parts that failed before the regular part arrived.</summary>
    public long PrintedFailuresBeforeRegular { get; internal set; }

    /// <summary>Prints made after such a failure (the re-print rule).</summary>
    public long Reprints { get; internal set; }
}
