namespace SpareSim.Models.Network.Disruptions;

/// <summary>The list of the model file a disrupted element is in.</summary>
public enum DisruptedElement
{
    /// <summary>A supplier, repair shop or printer pool (<c>sources</c>).</summary>
    Source,

    /// <summary>A convoy (<c>convoys</c>).</summary>
    Convoy,

    /// <summary>A site, for the shipping to it (<c>sites</c>).</summary>
    Site,

    /// <summary>An installed base (<c>installedBases</c>).</summary>
    InstalledBase,

    /// <summary>A stock point (<c>stockPoints</c>, named SITE/PART).</summary>
    StockPoint,
}
