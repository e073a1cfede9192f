namespace SpareSim.Models.Maintenance;

/// <summary>When a printed (temporary) part leaves the system.</summary>
public enum PrintedPartRemoval
{
    /// <summary>As soon as the regular part arrives (TR); the printed part is disposed of.</summary>
    OnRegularArrival,

    /// <summary>At its own PM age t_p or its failure (DA); the regular part waits in stock meanwhile.</summary>
    AtOwnAge,
}
