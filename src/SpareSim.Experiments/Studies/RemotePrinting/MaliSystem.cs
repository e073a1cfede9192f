namespace SpareSim.Experiments.Studies.RemotePrinting;

/// <summary>A vehicle fleet at the Mali base: how many systems carry the part and the daily cost of one down.</summary>
public sealed class MaliSystem
{
    /// <summary>Boxer, Fennek or MB.</summary>
    public string Name { get; set; } = "";
    /// <summary>N.</summary>
    public int InstalledBase { get; set; }
    /// <summary>b per down system per day.</summary>
    public double BackorderCost { get; set; }
}
