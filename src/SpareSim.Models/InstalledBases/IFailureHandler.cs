using SpareSim.Core.Kernel;

namespace SpareSim.Models.InstalledBases;

/// <summary>What happens when an installed unit fails: the stock point and its controller.</summary>
public interface IFailureHandler
{
    /// <summary>
    /// The unit of <paramref name="version"/> in <paramref name="system"/> failed now. Returns null
    /// when a spare was installed at once (the system runs on with the version now in
    /// <see cref="InstalledBase.VersionIn"/>), else an event that succeeds when a part is installed.
    /// </summary>
    Event? OnFailure(int system, PartVersion version);
}
