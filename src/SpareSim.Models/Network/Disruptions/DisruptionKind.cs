namespace SpareSim.Models.Network.Disruptions;

/// <summary>What a disruption does to the element it is aimed at while it is active.</summary>
public enum DisruptionKind
{
    /// <summary>A supplier, repair shop or printer pool takes no work: orders wait until it is up again, a printer starts no print.</summary>
    Outage,

    /// <summary>A convoy's departures are cancelled (the load waits for the next departure).</summary>
    ConvoyCancellation,

    /// <summary>A convoy's departures arrive late by an extra delay drawn per departure.</summary>
    ConvoyDelay,

    /// <summary>A lead time (supplier, repair), print time (printer) or shipping time (site) is multiplied by a factor.</summary>
    Slowdown,

    /// <summary>The failure rate of a Poisson installed base is multiplied by a factor ≥ 1.</summary>
    DemandSurge,

    /// <summary>A printer's raw material does not arrive: resupplies and convoy top-ups wait until the shortage ends.</summary>
    MaterialShortage,

    /// <summary>At its start, each unit on hand at a stock point is lost with a probability (the lost units are reordered).</summary>
    StockLoss,
}
