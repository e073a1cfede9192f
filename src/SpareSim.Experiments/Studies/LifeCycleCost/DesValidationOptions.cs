using SpareSim.Analytics.LifeCycleCost;
using SpareSim.Experiments.Studies.LeadTimeInsensitivity;
using SpareSim.Models.Network.File;

namespace SpareSim.Experiments.Studies.LifeCycleCost;

/// <summary>
/// Settings of <c>experiments/lcc-des-validation.json</c>: the supply-network model file (one
/// installed base, one lost-sales stock point, one supplier; see <c>models/lcc-table23.json</c>),
/// the chapter-2 design it stands for (Table 2.3 by default), seeds, replications and what to check.
/// </summary>
public sealed class DesValidationOptions
{
    /// <summary>Output folder.</summary>
    public string Output { get; set; } = "results/lcc-des-validation";
    /// <summary>The model file the overrides are applied to.</summary>
    public string ModelFile { get; set; } = "models/lcc-table23.json";
    /// <summary>Master seed of the random streams.</summary>
    public ulong MasterSeed { get; set; } = 2018;
    /// <summary>Replications run in parallel (results do not depend on it).</summary>
    public int DegreeOfParallelism { get; set; } = 2;
    /// <summary>Warm-up before each life cycle (months), standing in for the stationary start of the analysis (spec §3.5).</summary>
    public double WarmUp { get; set; } = 30;
    /// <summary>Replications (life cycles) of the loss checks.</summary>
    public int LossReplications { get; set; } = 1000;
    /// <summary>Replications of the cost sweep over S and of the paired K_1 runs.</summary>
    public int CostReplications { get; set; } = 2000;
    /// <summary>Replications of each wear-out case.</summary>
    public int WearOutReplications { get; set; } = 400;
    /// <summary>Base stocks of the loss checks besides S^{R*} (well below it).</summary>
    public List<int> LossStocks { get; set; } = [25, 35];
    /// <summary>The cost sweep covers S* − sweepHalfWidth … S* + sweepHalfWidth.</summary>
    public int SweepHalfWidth { get; set; } = 3;
    /// <summary>Lead-time laws of equal mean (insensitivity); the first is used for the cost sweep and K_1.</summary>
    public List<LawOptions> LeadTimes { get; set; } = [new() { Family = "deterministic", Cv = 0 }, new() { Family = "exponential", Cv = 1 }, new() { Family = "uniform", Cv = 0.5 }];
    /// <summary>Lifetime laws of the Poisson-assumption study (per-unit renewal, all new at t = 0).</summary>
    public List<LawOptions> Lifetimes { get; set; } = [new() { Family = "exponential", Cv = 1 }, new() { Family = "weibull", Cv = 0.3634 }, new() { Family = "lognormal", Cv = 0.5 }, new() { Family = "deterministic", Cv = 0 }];
    /// <summary>Base stocks of the wear-out study.</summary>
    public List<int> WearOutStocks { get; set; } = [35, 49];
    /// <summary>Cost convention (REPRO by default).</summary>
    public ConventionOptions Convention { get; set; } = new() { IncludeInitialStockPurchase = true, ChargePartCostPerFailure = false };
    /// <summary>N.</summary>
    public int InstalledBase { get; set; } = 100;
    /// <summary>T (months).</summary>
    public double Horizon { get; set; } = 180;
    /// <summary>τ^R = τ^A (months).</summary>
    public double Mtbf { get; set; } = 10;
    /// <summary>L^R (months).</summary>
    public double RegularLeadTime { get; set; } = 3;
    /// <summary>L^A (months).</summary>
    public double AdditiveLeadTime { get; set; } = 0.5;
    /// <summary>c_p^R = c_p^A.</summary>
    public double UnitCost { get; set; } = 40;
    /// <summary>c_d.</summary>
    public double RepairCost { get; set; } = 200;
    /// <summary>c_e^R = c_e^A.</summary>
    public double EmergencyCost { get; set; } = 800;
    /// <summary>h.</summary>
    public double HoldingRate { get; set; } = 0.02;

    /// <summary>The regular design.</summary>
    public ComponentDesign Regular() => new()
    {
        InstalledBase = InstalledBase, Horizon = Horizon, Mtbf = Mtbf, LeadTime = RegularLeadTime, UnitCost = UnitCost,
        RepairCost = RepairCost, EmergencyCost = EmergencyCost, HoldingRate = HoldingRate,
    };

    /// <summary>The AM design.</summary>
    public ComponentDesign Additive() => Regular() with { LeadTime = AdditiveLeadTime };

    /// <summary>Binds the experiment file plus overrides and checks every value, and the model file, before anything runs.</summary>
    public static DesValidationOptions Load(string experimentFile, IEnumerable<string> overrides)
    {
        var o = StudyOptionsLoader.Load<DesValidationOptions>(experimentFile, overrides, typeof(LawOptions), typeof(ConventionOptions));
        string f = experimentFile;
        if (string.IsNullOrWhiteSpace(o.Output)) throw new ArgumentException($"{f}: output must name a folder");
        if (o.DegreeOfParallelism < 1) throw new ArgumentException($"{f}: degreeOfParallelism must be >= 1");
        if (!(o.WarmUp >= 0) || !double.IsFinite(o.WarmUp)) throw new ArgumentException($"{f}: warmUp must be finite and >= 0");
        foreach (var (key, n) in new[] { ("lossReplications", o.LossReplications), ("costReplications", o.CostReplications), ("wearOutReplications", o.WearOutReplications) })
            if (n < 2) throw new ArgumentException($"{f}: {key} must be >= 2 (a confidence interval needs two), got {n}");
        if (o.SweepHalfWidth < 1) throw new ArgumentException($"{f}: sweepHalfWidth must be >= 1");
        if (o.LossStocks.Concat(o.WearOutStocks).Any(s => s < 0)) throw new ArgumentException($"{f}: lossStocks and wearOutStocks must be >= 0");
        if (o.LeadTimes.Count == 0) throw new ArgumentException($"{f}: leadTimes needs at least one law");
        try
        {
            _ = o.Additive();
        }
        catch (ArgumentOutOfRangeException e)
        {
            throw new ArgumentException($"{f}: {char.ToLowerInvariant(e.ParamName![0])}{e.ParamName[1..]}: {e.Message.Split(" (Parameter", 2)[0]}");
        }
        if (!File.Exists(o.ModelFile)) throw new ArgumentException($"{f}: modelFile '{o.ModelFile}' does not exist");
        try
        {
            // Every law and stock is applied once to the model file, so a bad one stops the run here.
            var runner = new HorizonRunner(o);
            foreach (var law in o.LeadTimes) _ = runner.Blueprint(0, o.RegularLeadTime, law, null);
            foreach (var life in o.Lifetimes) _ = runner.Blueprint(0, o.RegularLeadTime, o.LeadTimes[0], life);
        }
        catch (NetworkModelException e)
        {
            throw new ArgumentException($"{f}: {e.Message}");
        }
        return o;
    }
}
