namespace SpareSim.Models.Network.Definition;

/// <summary>
/// A supply network as a model file describes it, validated and with every reference resolved to
/// an index: parts with versions, a tree of sites, installed bases, stock points, sources
/// (suppliers, local repair, printer pools), convoys and one controller per stock point.
/// Built by <see cref="File.NetworkModelFile"/> or in code; <see cref="Engine.SupplyNetwork"/> simulates it.
/// </summary>
public sealed record NetworkDefinition
{
    /// <summary>The model's name.</summary>
    public required string Name { get; init; }

    /// <summary>The time unit of every rate and duration (informational, e.g. "day").</summary>
    public string TimeUnit { get; init; } = "time unit";

    /// <summary>How holding and downtime costs are booked.</summary>
    public CostBooking CostBooking { get; init; } = CostBooking.Continuous;

    /// <summary>The parts, each with its versions.</summary>
    public required IReadOnlyList<PartDefinition> Parts { get; init; }

    /// <summary>The sites; a site's parent comes before it is needed (any order is accepted, the tree is checked).</summary>
    public required IReadOnlyList<SiteDefinition> Sites { get; init; }

    /// <summary>The installed bases.</summary>
    public required IReadOnlyList<InstalledBaseDefinition> InstalledBases { get; init; }

    /// <summary>The stock points, one per (site, part) that holds or is asked for the part.</summary>
    public required IReadOnlyList<StockPointDefinition> StockPoints { get; init; }

    /// <summary>The sources other than a site's parent: suppliers, local repair shops and printer pools.</summary>
    public required IReadOnlyList<SourceDefinition> Sources { get; init; }

    /// <summary>The convoys that carry replenishments to sites.</summary>
    public IReadOnlyList<ConvoyDefinition> Convoys { get; init; } = [];

    /// <summary>The disruptions aimed at elements of the network (none by default).</summary>
    public IReadOnlyList<Disruptions.DisruptionDefinition> Disruptions { get; init; } = [];

    /// <summary>Index of the stock point of (<paramref name="site"/>, <paramref name="part"/>), or −1.</summary>
    public int StockPointOf(int site, int part)
    {
        for (int i = 0; i < StockPoints.Count; i++)
            if (StockPoints[i].Site == site && StockPoints[i].Part == part) return i;
        return -1;
    }
}
