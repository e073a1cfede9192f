namespace SpareSim.Models.Maintenance;

/// <summary>What happens when a printed part fails before the regular part has arrived (outside chapter 4's analytic model).</summary>
public enum EarlyPrintedFailureResponse
{
    /// <summary>The system stays down until the regular part arrives.</summary>
    WaitForRegular,

    /// <summary>Another part is printed if it can arrive before the regular part; otherwise wait.</summary>
    Reprint,
}
