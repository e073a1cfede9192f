namespace SpareSim.Experiments.Studies.RemotePrinting;

/// <summary>One of the 14 printable RNLA parts of Table 3.2.</summary>
public sealed class MaliPart
{
    /// <summary>Table ID.</summary>
    public int Id { get; set; }
    /// <summary>AHP rank.</summary>
    public int Rank { get; set; }
    /// <summary>c_r.</summary>
    public double RegularCost { get; set; }
    /// <summary>c_p.</summary>
    public double PrintCost { get; set; }
    /// <summary>The column printed as "p_p", which behaves as p_r (spec §6.2).</summary>
    public double TableFailureProbability { get; set; }
    /// <summary>The system the part belongs to, or null where the chapter does not say.</summary>
    public string? System { get; set; }
    /// <summary>The published outputs.</summary>
    public MaliPublishedRow Published { get; set; } = new();
}
