namespace SpareSim.Models.RemotePrinting;

/// <summary>The parts a controller orders at a day's end: expedited regular parts and printed parts.</summary>
/// <param name="Expedite">Regular parts to expedite (≥ 0).</param>
/// <param name="Print">Parts to print (≥ 0).</param>
public readonly record struct EmergencyOrder(int Expedite, int Print)
{
    /// <summary>Do nothing.</summary>
    public static EmergencyOrder None => default;
}
