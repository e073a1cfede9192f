namespace SpareSim.Models.Maintenance;

/// <summary>
/// Age-based preventive maintenance of a regular part: replace it at age t_r (or at failure), and
/// order its successor either at installation or just in time (age t_r − L_r, or at an earlier
/// failure). The decisions a planner sets; the simulated component asks them at each decision point.
/// </summary>
public sealed class AgeBasedPmController
{
    /// <summary>PM at age <paramref name="replacementAge"/> with <paramref name="ordering"/>.</summary>
    public AgeBasedPmController(double replacementAge, RegularOrdering ordering)
    {
        if (!(replacementAge > 0) || !double.IsFinite(replacementAge))
            throw new ArgumentOutOfRangeException(nameof(replacementAge), replacementAge, "the PM age t_r must be positive and finite");
        ReplacementAge = replacementAge;
        Ordering = ordering;
    }

    /// <summary>t_r.</summary>
    public double ReplacementAge { get; }

    /// <summary>When the successor is ordered.</summary>
    public RegularOrdering Ordering { get; }

    /// <summary>
    /// Cycle time at which the successor arrives, for a part failing at age <paramref name="failureAge"/>
    /// (∞ if it survives to t_r): L_r after installation, or just in time at t_r, or L_r after an
    /// earlier failure (a JIT order not yet placed is placed at the failure).
    /// </summary>
    public double SuccessorArrival(double failureAge, double regularLeadTime)
    {
        if (Ordering == RegularOrdering.AtInstallation) return regularLeadTime;
        double orderAge = ReplacementAge - regularLeadTime;
        return failureAge < orderAge ? failureAge + regularLeadTime : ReplacementAge;
    }
}
