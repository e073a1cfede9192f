using SpareSim.Models.InstalledBases;

namespace SpareSim.Models.Suppliers;

/// <summary>Where a supplier delivers: called when an ordered part arrives.</summary>
public interface IPartReceiver
{
    /// <summary>A part of <paramref name="version"/> arrived now.</summary>
    void OnArrival(PartVersion version);
}
