namespace SpareSim.Experiments.Studies.PreventiveMaintenance;

/// <summary>
/// Options of <c>experiments/pm-factorial.json</c>: Table 4.2's full factorial around a base instance
/// (α_p × c_p × c_r × c_f × b; everything else as in the base, h = fraction · c_r/365).
/// </summary>
public sealed class PmFactorialOptions
{
    /// <summary>Study name written into the results.</summary>
    public string Name { get; set; } = "pm-factorial";

    /// <summary>Output folder.</summary>
    public string Output { get; set; } = "results/pm-factorial";

    /// <summary>The values not varied.</summary>
    public PmInstanceOptions Instance { get; set; } = new();

    /// <summary>α_p levels.</summary>
    public List<double> AlphaP { get; set; } = [80, 160, 240];

    /// <summary>c_p levels.</summary>
    public List<double> PrintPrice { get; set; } = [400, 600, 800];

    /// <summary>c_r levels.</summary>
    public List<double> RegularPrice { get; set; } = [800, 1200, 1600];

    /// <summary>c_f levels.</summary>
    public List<double> FailureCost { get; set; } = [200, 400, 800];

    /// <summary>b levels.</summary>
    public List<double> DowntimeRate { get; set; } = [25, 50, 100];

    /// <summary>Instances optimised in parallel.</summary>
    public int DegreeOfParallelism { get; set; } = 2;

    /// <summary>Every instance of the design, in the order α_p, c_p, c_r, c_f, b (last fastest).</summary>
    public IReadOnlyList<PmInstanceOptions> Instances() =>
        (from a in AlphaP from cp in PrintPrice from cr in RegularPrice from cf in FailureCost from b in DowntimeRate
         select With(a, cp, cr, cf, b)).ToList();

    private PmInstanceOptions With(double a, double cp, double cr, double cf, double b)
    {
        var i = Instance.Clone();
        (i.AlphaP, i.PrintPrice, i.RegularPrice, i.FailureCost, i.DowntimeRate) = (a, cp, cr, cf, b);
        return i;
    }

    /// <summary>Binds the file plus overrides and validates every instance; unknown keys are errors.</summary>
    public static PmFactorialOptions Load(string experimentFile, IEnumerable<string> overrides)
    {
        var o = StudyOptionsLoader.Load<PmFactorialOptions>(experimentFile, overrides, typeof(PmInstanceOptions));
        foreach (var (list, name) in new[] { (o.AlphaP, "alphaP"), (o.PrintPrice, "printPrice"), (o.RegularPrice, "regularPrice"), (o.FailureCost, "failureCost"), (o.DowntimeRate, "downtimeRate") })
            if (list.Count == 0) throw new ArgumentException($"{name}: at least one level is required");
        var all = o.Instances();
        for (int k = 0; k < all.Count; k++) _ = all[k].ToInstance($"instance {k}");
        if (o.DegreeOfParallelism < 1) throw new ArgumentException($"degreeOfParallelism: at least 1, got {o.DegreeOfParallelism}");
        return o;
    }
}
