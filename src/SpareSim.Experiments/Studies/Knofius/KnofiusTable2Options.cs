namespace SpareSim.Experiments.Studies.Knofius;

/// <summary>
/// Settings of <c>experiments/knofius-table2.json</c>: where to write, how many groups to solve in
/// parallel, and the factor levels (the paper's by default; a subset gives a reduced factorial).
/// </summary>
public sealed class KnofiusTable2Options
{
    /// <summary>Output folder (instances.parquet, instances.csv, report.md, PNGs).</summary>
    public string Output { get; set; } = "results/knofius-table2";

    /// <summary>Groups of instances solved in parallel (results do not depend on it).</summary>
    public int DegreeOfParallelism { get; set; } = 2;

    /// <summary>Rebuild the report from an existing instances.csv instead of solving.</summary>
    public bool ReportOnly { get; set; }

    /// <summary>CM items (1..3).</summary>
    public List<int> Items { get; set; } = [];
    /// <summary>k levels.</summary>
    public List<int> InstalledBase { get; set; } = [];
    /// <summary>λA levels.</summary>
    public List<double> FailureRateAm { get; set; } = [];
    /// <summary>μA levels.</summary>
    public List<double> SupplyRateAm { get; set; } = [];
    /// <summary>cA levels.</summary>
    public List<double> PriceAm { get; set; } = [];
    /// <summary>b levels.</summary>
    public List<double> BackorderCost { get; set; } = [];
    /// <summary>m levels.</summary>
    public List<double> MaintenanceCost { get; set; } = [];
    /// <summary>κ levels.</summary>
    public List<double> HoldingRate { get; set; } = [];

    /// <summary>The design, with the paper's levels for every factor left empty; throws on bad levels.</summary>
    public KnofiusFactorial Design()
    {
        var d = new KnofiusFactorial();
        if (DegreeOfParallelism < 1) throw new ArgumentOutOfRangeException(nameof(DegreeOfParallelism), DegreeOfParallelism, "degreeOfParallelism must be >= 1");
        if (Items.Any(i => i is < 1 or > 3)) throw new ArgumentOutOfRangeException(nameof(Items), "items are numbered 1..3");
        return d with
        {
            ItemNumbers = Items.Count > 0 ? Items : d.ItemNumbers,
            InstalledBase = InstalledBase.Count > 0 ? InstalledBase : d.InstalledBase,
            FailureRateAm = FailureRateAm.Count > 0 ? FailureRateAm : d.FailureRateAm,
            SupplyRateAm = SupplyRateAm.Count > 0 ? SupplyRateAm : d.SupplyRateAm,
            PriceAm = PriceAm.Count > 0 ? PriceAm : d.PriceAm,
            BackorderCost = BackorderCost.Count > 0 ? BackorderCost : d.BackorderCost,
            MaintenanceCost = MaintenanceCost.Count > 0 ? MaintenanceCost : d.MaintenanceCost,
            HoldingRate = HoldingRate.Count > 0 ? HoldingRate : d.HoldingRate,
        };
    }

    /// <summary>True when every factor has the paper's three levels (Table 2 needs all of them).</summary>
    public bool IsFullFactorial
    {
        get
        {
            KnofiusFactorial d = Design(), paper = new();
            return d.ItemNumbers.Order().SequenceEqual(paper.ItemNumbers) && d.InstalledBase.Order().SequenceEqual(paper.InstalledBase)
                && d.FailureRateAm.Order().SequenceEqual(paper.FailureRateAm) && d.SupplyRateAm.Order().SequenceEqual(paper.SupplyRateAm)
                && d.PriceAm.Order().SequenceEqual(paper.PriceAm) && d.BackorderCost.Order().SequenceEqual(paper.BackorderCost)
                && d.MaintenanceCost.Order().SequenceEqual(paper.MaintenanceCost) && d.HoldingRate.Order().SequenceEqual(paper.HoldingRate);
        }
    }
}
