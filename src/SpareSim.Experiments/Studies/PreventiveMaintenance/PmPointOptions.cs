namespace SpareSim.Experiments.Studies.PreventiveMaintenance;

/// <summary>A decision vector of the validation study: policy (B, TR, DA) and (t_r, t_b, t_p) in days.</summary>
public sealed class PmPointOptions
{
    /// <summary>B, TR or DA.</summary>
    public string Policy { get; set; } = "B";

    /// <summary>t_r.</summary>
    public double Tr { get; set; }

    /// <summary>t_b (TR, DA; 0 = never print).</summary>
    public double Tb { get; set; }

    /// <summary>t_p (DA).</summary>
    public double Tp { get; set; }
}
