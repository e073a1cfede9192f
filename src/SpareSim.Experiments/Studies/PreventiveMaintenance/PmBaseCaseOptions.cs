namespace SpareSim.Experiments.Studies.PreventiveMaintenance;

/// <summary>Options of <c>experiments/pm-base-case.json</c>: the instance (Table 4.1) and Figure 4.3's t_r range.</summary>
public sealed class PmBaseCaseOptions
{
    /// <summary>Study name written into the results.</summary>
    public string Name { get; set; } = "pm-base-case";

    /// <summary>Output folder.</summary>
    public string Output { get; set; } = "results/pm-base-case";

    /// <summary>The instance.</summary>
    public PmInstanceOptions Instance { get; set; } = new();

    /// <summary>First t_r of Figure 4.3 (days).</summary>
    public int FigureFrom { get; set; } = 200;

    /// <summary>Last t_r of Figure 4.3 (days).</summary>
    public int FigureTo { get; set; } = 700;

    /// <summary>Binds the file plus overrides and validates; unknown keys are errors.</summary>
    public static PmBaseCaseOptions Load(string experimentFile, IEnumerable<string> overrides)
    {
        var o = StudyOptionsLoader.Load<PmBaseCaseOptions>(experimentFile, overrides, typeof(PmInstanceOptions));
        _ = o.Instance.ToInstance();
        if (o.FigureFrom < o.Instance.RegularLeadTime) throw new ArgumentException($"figureFrom: must be at least L_r = {o.Instance.RegularLeadTime}, got {o.FigureFrom}");
        if (o.FigureTo <= o.FigureFrom) throw new ArgumentException($"figureTo: must exceed figureFrom ({o.FigureFrom}), got {o.FigureTo}");
        return o;
    }
}
