namespace SpareSim.Models.Maintenance;

/// <summary>When the next regular part is ordered in a cycle.</summary>
public enum RegularOrdering
{
    /// <summary>At each installation (policy B): the spare waits in stock for the failure or the PM.</summary>
    AtInstallation,

    /// <summary>Just in time at age t_r − L_r, or at once on an earlier failure (TR and DA).</summary>
    JustInTime,
}
