namespace SpareSim.Analytics.RemotePrinting;

/// <summary>The sources a remote site may use besides the scheduled replenishment (Table 3.3 of the chapter).</summary>
public enum SourcingStrategy
{
    /// <summary>Convoy only (c_p = c_e = ∞).</summary>
    SingleSourcing,

    /// <summary>Convoy and printer (dual sourcing, the chapter's main model).</summary>
    Printing,

    /// <summary>Convoy and expediting, no printer.</summary>
    Expediting,

    /// <summary>Convoy, expediting and printer.</summary>
    TripleSourcing,
}
