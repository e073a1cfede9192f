namespace SpareSim.Experiments.Studies.RemotePrinting;

/// <summary>A part's outputs as Table 3.2 of the chapter prints them ("annual" € and base stocks).</summary>
public sealed class MaliPublishedRow
{
    /// <summary>V_s.</summary>
    public double SingleSourcingCost { get; set; }
    /// <summary>S_s.</summary>
    public int SingleSourcingBaseStock { get; set; }
    /// <summary>V_p.</summary>
    public double PrintingCost { get; set; }
    /// <summary>S_p.</summary>
    public int PrintingBaseStock { get; set; }
    /// <summary>Savings (%) as printed.</summary>
    public double SavingsPercent { get; set; }
    /// <summary>Savings (€) as printed.</summary>
    public double SavingsEuro { get; set; }
}
