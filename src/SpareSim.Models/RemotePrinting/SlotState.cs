namespace SpareSim.Models.RemotePrinting;

/// <summary>The part position of one system at the site.</summary>
public enum SlotState
{
    /// <summary>Runs on a regular part.</summary>
    Regular,

    /// <summary>Runs on a temporary printed part (removed when the convoy comes).</summary>
    Printed,

    /// <summary>Down, waiting for a part (a backorder).</summary>
    Down,
}
