namespace SpareSim.Experiments.Studies.LifeCycleCost;

/// <summary>
/// Settings of <c>experiments/lcc-tables.json</c>: output folder, the cost conventions (spec ch2
/// §1.8), the root-finding tolerance, and the factor levels of Table 2.4 (the thesis's by default).
/// </summary>
public sealed class LifeCycleCostOptions
{
    /// <summary>Output folder (instances.parquet, report.md, PNGs).</summary>
    public string Output { get; set; } = "results/lcc-tables";

    /// <summary>Instances solved in parallel (results do not depend on it).</summary>
    public int DegreeOfParallelism { get; set; } = 2;

    /// <summary>Relative accuracy ε of the break-even searches (Eq. 2.2).</summary>
    public double Tolerance { get; set; } = 1e-6;

    /// <summary>Relative half-width of the random installed base Ñ = U{(1−r)N, …, (1+r)N} (§2.7).</summary>
    public double RandomInstalledBaseSpread { get; set; } = 0.2;

    /// <summary>Convention of K_1, τ^{A*}, ΔK_1, the remarks' and figures' main curves (REPRO by default).</summary>
    public ConventionOptions MainConvention { get; set; } = new() { IncludeInitialStockPurchase = true, ChargePartCostPerFailure = false };

    /// <summary>Convention of the c_p^{A*}(0)/c_p^R column (I0RP by default, the spec's recommendation).</summary>
    public ConventionOptions PriceConvention { get; set; } = new() { IncludeInitialStockPurchase = true, ChargePartCostPerFailure = true };

    /// <summary>c_p levels.</summary>
    public List<double> UnitCost { get; set; } = [250, 1000, 4000];
    /// <summary>N levels.</summary>
    public List<int> InstalledBase { get; set; } = [25, 100, 400];
    /// <summary>T levels (months).</summary>
    public List<double> Horizon { get; set; } = [60, 120, 240];
    /// <summary>L^A levels (months).</summary>
    public List<double> AdditiveLeadTime { get; set; } = [0.25, 0.5, 1];
    /// <summary>c_d/c_p levels.</summary>
    public List<double> RepairOverUnitCost { get; set; } = [2, 4, 8];
    /// <summary>c_e/c_d levels.</summary>
    public List<double> EmergencyOverRepair { get; set; } = [4, 8, 16];
    /// <summary>τ^R levels (months).</summary>
    public List<double> RegularMtbf { get; set; } = [12, 24, 48];

    /// <summary>Binds the experiment file plus command-line overrides; unknown keys and bad values are errors naming the key.</summary>
    public static LifeCycleCostOptions Load(string experimentFile, IEnumerable<string> overrides)
    {
        var o = StudyOptionsLoader.Load<LifeCycleCostOptions>(experimentFile, overrides, typeof(ConventionOptions));
        string f = experimentFile;
        if (string.IsNullOrWhiteSpace(o.Output)) throw new ArgumentException($"{f}: output must name a folder");
        if (o.DegreeOfParallelism < 1) throw new ArgumentException($"{f}: degreeOfParallelism must be >= 1, got {o.DegreeOfParallelism}");
        if (!(o.Tolerance > 0 && o.Tolerance < 1e-2)) throw new ArgumentException($"{f}: tolerance must be in (0, 0.01), got {o.Tolerance}");
        if (!(o.RandomInstalledBaseSpread >= 0 && o.RandomInstalledBaseSpread < 1)) throw new ArgumentException($"{f}: randomInstalledBaseSpread must be in [0, 1), got {o.RandomInstalledBaseSpread}");
        Levels(f, "unitCost", o.UnitCost, v => v > 0);
        Levels(f, "installedBase", o.InstalledBase.Select(n => (double)n).ToList(), v => v >= 1 && Math.Round((1 - o.RandomInstalledBaseSpread) * v) >= 1);
        Levels(f, "horizon", o.Horizon, v => v > 0);
        Levels(f, "additiveLeadTime", o.AdditiveLeadTime, v => v >= 0);
        Levels(f, "repairOverUnitCost", o.RepairOverUnitCost, v => v >= 0);
        Levels(f, "emergencyOverRepair", o.EmergencyOverRepair, v => v >= 1);
        Levels(f, "regularMtbf", o.RegularMtbf, v => v > 0);
        return o;
    }

    /// <summary>True when every factor has the thesis's three levels (the tables need all of them).</summary>
    public bool IsFullFactorial
    {
        get
        {
            var paper = new LifeCycleCostOptions();
            return UnitCost.Order().SequenceEqual(paper.UnitCost) && InstalledBase.Order().SequenceEqual(paper.InstalledBase)
                && Horizon.Order().SequenceEqual(paper.Horizon) && AdditiveLeadTime.Order().SequenceEqual(paper.AdditiveLeadTime)
                && RepairOverUnitCost.Order().SequenceEqual(paper.RepairOverUnitCost) && EmergencyOverRepair.Order().SequenceEqual(paper.EmergencyOverRepair)
                && RegularMtbf.Order().SequenceEqual(paper.RegularMtbf);
        }
    }

    private static void Levels(string file, string key, List<double> levels, Func<double, bool> valid)
    {
        if (levels.Count == 0) throw new ArgumentException($"{file}: {key} needs at least one level");
        foreach (double v in levels)
            if (!double.IsFinite(v) || !valid(v)) throw new ArgumentException($"{file}: {key} level {v} is out of range");
    }
}
