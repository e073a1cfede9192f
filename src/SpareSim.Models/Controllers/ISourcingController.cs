using SpareSim.Models.InstalledBases;

namespace SpareSim.Models.Controllers;

/// <summary>
/// The decision logic of a one-for-one stock point with two sources: asked at every failure, in the
/// state just before the failure. Arrivals need no decision (the part goes to the longest-waiting
/// down system, else to stock), so the failure is the only decision point.
/// </summary>
public interface ISourcingController
{
    /// <summary>A unit of <paramref name="failedVersion"/> failed in <paramref name="state"/>: what to install and what to order.</summary>
    FailureDecision OnFailure(in InventoryState state, PartVersion failedVersion);
}
