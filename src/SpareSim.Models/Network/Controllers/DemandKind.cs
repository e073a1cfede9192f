namespace SpareSim.Models.Network.Controllers;

/// <summary>Where a demand on a stock point comes from.</summary>
public enum DemandKind
{
    /// <summary>A unit of an installed base at the site failed.</summary>
    Failure,

    /// <summary>A child site ordered a unit.</summary>
    ChildOrder,
}
