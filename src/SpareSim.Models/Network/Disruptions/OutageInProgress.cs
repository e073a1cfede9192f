namespace SpareSim.Models.Network.Disruptions;

/// <summary>What a printer outage does to the prints under way when it starts (<c>inProgress</c>).</summary>
public enum OutageInProgress
{
    /// <summary>They finish; the outage stops only prints that would start during it (the default).</summary>
    Finish,

    /// <summary>They stop and continue after the outage for the print time they had left (preemptive resume).</summary>
    Resume,

    /// <summary>They are lost, like a failed print (material and charge spent), and printed again from the start after the outage.</summary>
    Restart,
}
