using SpareSim.Core.Distributions;

namespace SpareSim.Models.Network.Definition;

/// <summary>
/// A source a stock point replenishes from besides its parent site. A supplier or a repair shop
/// delivers each order after a time drawn from <see cref="LeadTime"/>; a printer pool queues jobs
/// for <see cref="Printers"/> printers (0: as many as needed), each print taking
/// <see cref="LeadTime"/>, failing with <see cref="FailedPrintProbability"/> (printed again), then
/// post-processed for <see cref="PostProcessingTime"/>.
/// </summary>
public sealed record SourceDefinition
{
    /// <summary>The source's name, by which controllers refer to it.</summary>
    public required string Name { get; init; }

    /// <summary>What it is.</summary>
    public required SourceKind Kind { get; init; }

    /// <summary>Index of the site where a repair shop or printer sits (−1 for an external supplier).</summary>
    public int Site { get; init; } = -1;

    /// <summary>Lead time (supplier), repair time (repair) or print time per part (printer).</summary>
    public required IDistribution LeadTime { get; init; }

    /// <summary>Cost per unit delivered (null: the piece price of the version ordered).</summary>
    public double? CostPerUnit { get; init; }

    /// <summary>Printers in the pool (0: unlimited).</summary>
    public int Printers { get; init; }

    /// <summary>Probability that a print is unusable and is printed again.</summary>
    public double FailedPrintProbability { get; init; }

    /// <summary>Post-processing time of a usable print (null: none).</summary>
    public IDistribution? PostProcessingTime { get; init; }

    /// <summary>The raw material a print consumes (null: unlimited).</summary>
    public MaterialDefinition? Material { get; init; }

    /// <summary>Prints a stock point's review may ask of the pool in one period (0: unlimited; reviews only).</summary>
    public int PrintsPerPeriod { get; init; }

    /// <summary>Shipping time from the printer's site to another ordering site (null: immediate).</summary>
    public IDistribution? ShipTime { get; init; }
}
