namespace SpareSim.Experiments.Studies.RemotePrinting;

/// <summary>Options of <c>experiments/remote-printing-table31.json</c>.</summary>
public sealed class Table31Options
{
    /// <summary>Output folder.</summary>
    public string Output { get; set; } = "results/remote-printing-table31";
    /// <summary>The site (default: Table 3.1).</summary>
    public SiteOptions Site { get; set; } = new();
    /// <summary>c_e of the expediting variant (Fig. 3.6: 200).</summary>
    public double ExpediteCost { get; set; } = 200;
    /// <summary>Master seed.</summary>
    public ulong MasterSeed { get; set; } = 31;
    /// <summary>Independent replications per policy.</summary>
    public int Replications { get; set; } = 20;
    /// <summary>Days per replication (whole cycles are best).</summary>
    public int Days { get; set; } = 700_000;
    /// <summary>Replications in parallel.</summary>
    public int DegreeOfParallelism { get; set; } = 2;

    /// <summary>Checks every option; throws naming the key.</summary>
    public void Validate()
    {
        if (string.IsNullOrWhiteSpace(Output)) throw new ArgumentException("output: a folder is required");
        if (!(ExpediteCost >= 0) || !double.IsFinite(ExpediteCost)) throw new ArgumentException($"expediteCost: must be finite and non-negative, got {ExpediteCost}");
        if (Replications < 2) throw new ArgumentException($"replications: at least 2 for a confidence interval, got {Replications}");
        if (Days < 1) throw new ArgumentException($"days: at least 1, got {Days}");
        if (DegreeOfParallelism < 1) throw new ArgumentException($"degreeOfParallelism: at least 1, got {DegreeOfParallelism}");
        try
        {
            Site.ToInstance();
        }
        catch (ArgumentOutOfRangeException e)
        {
            throw new ArgumentException($"site.{e.ParamName}: {e.Message.Split(" (Parameter")[0]}");
        }
    }
}
