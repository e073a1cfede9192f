namespace SpareSim.Experiments.Studies.PreventiveMaintenance;

/// <summary>Options of <c>experiments/pm-sensitivity.json</c>: Figure 4.5's one-at-a-time sweeps around a base instance.</summary>
public sealed class PmSensitivityOptions
{
    /// <summary>Study name written into the results.</summary>
    public string Name { get; set; } = "pm-sensitivity";

    /// <summary>Output folder.</summary>
    public string Output { get; set; } = "results/pm-sensitivity";

    /// <summary>The base instance (Table 4.1).</summary>
    public PmInstanceOptions Instance { get; set; } = new();

    /// <summary>The panels.</summary>
    public List<PmSweepOptions> Sweeps { get; set; } = [];

    /// <summary>Instances optimised in parallel.</summary>
    public int DegreeOfParallelism { get; set; } = 2;

    /// <summary>Binds the file plus overrides and validates every swept instance; unknown keys are errors.</summary>
    public static PmSensitivityOptions Load(string experimentFile, IEnumerable<string> overrides)
    {
        var o = StudyOptionsLoader.Load<PmSensitivityOptions>(experimentFile, overrides, typeof(PmInstanceOptions), typeof(PmSweepOptions));
        if (o.Sweeps.Count == 0) throw new ArgumentException("sweeps: at least one sweep is required");
        for (int k = 0; k < o.Sweeps.Count; k++)
        {
            if (o.Sweeps[k].Values.Count == 0) throw new ArgumentException($"sweeps:{k}:values: at least one value is required");
            foreach (double v in o.Sweeps[k].Values) _ = o.Sweeps[k].Apply(o.Instance, v).ToInstance($"sweeps:{k} ({o.Sweeps[k].Parameter} = {v})");
        }
        if (o.DegreeOfParallelism < 1) throw new ArgumentException($"degreeOfParallelism: at least 1, got {o.DegreeOfParallelism}");
        return o;
    }
}
