namespace SpareSim.Analytics.RemotePrinting;

/// <summary>What to do with all shortages (down systems) at the end of an in-cycle period.</summary>
public enum EmergencyAction
{
    /// <summary>Backorder: leave the systems down until a later period or the convoy.</summary>
    Wait,

    /// <summary>Print a temporary part for every down system (cost c_p each).</summary>
    Print,

    /// <summary>Expedite a regular part for every down system (cost c_e each).</summary>
    Expedite,
}
