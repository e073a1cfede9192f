namespace SpareSim.Models.RemotePrinting;

/// <summary>What a remote site does at a day's end with its down systems.</summary>
public enum ShortageResponse
{
    /// <summary>Leave them down (backorder) until a later day or the convoy.</summary>
    Backorder,

    /// <summary>Print a temporary part for each.</summary>
    Print,

    /// <summary>Expedite a regular part for each.</summary>
    Expedite,
}
