namespace SpareSim.Experiments.Studies.IpLicensing;

/// <summary>
/// Options of <c>experiments/ip-licensing-simulation.json</c>: the buyers simulated to validate spec
/// B.4's normal-approximation costs and the β target (rates × service levels × both channels, at
/// Table 5.1's prices with w_A = <see cref="PrintPrice"/>), and the paired royalty scenarios of
/// Lemma 5.3 (one buyer of rate <see cref="LemmaRate"/>, fee F̄(r) for each royalty).
/// </summary>
public sealed class IpSimulationOptions
{
    /// <summary>Output folder.</summary>
    public string Output { get; set; } = "results/ip-licensing-simulation";

    /// <summary>Threads for the replications (set by <c>--threads</c>).</summary>
    public int DegreeOfParallelism { get; set; } = 2;

    /// <summary>Replications per scenario.</summary>
    public int Replications { get; set; } = 20;

    /// <summary>Observed years per replication.</summary>
    public double RunLength { get; set; } = 10_000;

    /// <summary>Warm-up years.</summary>
    public double WarmUp { get; set; } = 100;

    /// <summary>Master seed.</summary>
    public ulong MasterSeed { get; set; } = 5;

    /// <summary>Demand rates λ (per year).</summary>
    public List<double> Rates { get; set; } = [6, 12, 24];

    /// <summary>Service levels β; z = Φ⁻¹(β).</summary>
    public List<double> ServiceLevels { get; set; } = [0.8, 0.9, 0.95, 0.99];

    /// <summary>w_A (Table 5.1 does not give it; w_A = w_T by default).</summary>
    public double PrintPrice { get; set; } = 150;

    /// <summary>λ of the Lemma 5.3 buyer.</summary>
    public double LemmaRate { get; set; } = 15;

    /// <summary>z of the Lemma 5.3 buyer.</summary>
    public double LemmaSafetyFactor { get; set; }

    /// <summary>Royalties of the Lemma 5.3 scenarios; the first is the reference (paired differences against it).</summary>
    public List<double> LemmaRoyalties { get; set; } = [0, 10, 25, 50, 70];

    /// <summary>Binds the file plus overrides and validates; unknown keys are errors.</summary>
    public static IpSimulationOptions Load(string experimentFile, IEnumerable<string> overrides)
    {
        var o = StudyOptionsLoader.Load<IpSimulationOptions>(experimentFile, overrides);
        o.Validate();
        return o;
    }

    /// <summary>Throws <see cref="ArgumentException"/> naming the key.</summary>
    public void Validate()
    {
        if (string.IsNullOrWhiteSpace(Output)) throw new ArgumentException("Output: must be a folder");
        if (DegreeOfParallelism < 1) throw new ArgumentException($"DegreeOfParallelism: at least 1, got {DegreeOfParallelism}");
        if (Replications < 2) throw new ArgumentException($"Replications: at least 2 (for confidence intervals), got {Replications}");
        if (!(RunLength > 0) || !double.IsFinite(RunLength)) throw new ArgumentException($"RunLength: must be finite and > 0, got {RunLength}");
        if (!(WarmUp >= 0) || !double.IsFinite(WarmUp)) throw new ArgumentException($"WarmUp: must be finite and >= 0, got {WarmUp}");
        if (Rates.Count == 0 || Rates.Any(l => !(l > 0) || !double.IsFinite(l))) throw new ArgumentException("Rates: finite rates > 0, at least one");
        if (ServiceLevels.Count == 0 || ServiceLevels.Any(b => !(b > 0 && b < 1))) throw new ArgumentException("ServiceLevels: values in (0, 1), at least one");
        if (!(PrintPrice > 0) || !double.IsFinite(PrintPrice)) throw new ArgumentException($"PrintPrice: must be finite and > 0, got {PrintPrice}");
        if (!(LemmaRate > 0) || !double.IsFinite(LemmaRate)) throw new ArgumentException($"LemmaRate: must be finite and > 0, got {LemmaRate}");
        if (!double.IsFinite(LemmaSafetyFactor)) throw new ArgumentException("LemmaSafetyFactor: must be finite");
        if (LemmaRoyalties.Count < 2 || LemmaRoyalties.Any(r => !(r >= 0) || !double.IsFinite(r))) throw new ArgumentException("LemmaRoyalties: at least two finite royalties >= 0");
        if (Rates.Distinct().Count() != Rates.Count || ServiceLevels.Distinct().Count() != ServiceLevels.Count || LemmaRoyalties.Distinct().Count() != LemmaRoyalties.Count)
            throw new ArgumentException("Rates, ServiceLevels, LemmaRoyalties: levels must differ");
        var market = SpareSim.Analytics.IpLicensing.IpLicenceMarket.Table51(PrintPrice, LemmaSafetyFactor);
        for (int k = 0; k < LemmaRoyalties.Count; k++)
            if (market.MaxFee(LemmaRate, LemmaRoyalties[k]) < 0)
                throw new ArgumentException(string.Create(System.Globalization.CultureInfo.InvariantCulture,
                    $"LemmaRoyalties:{k}: r = {LemmaRoyalties[k]} exceeds r̄(0) = {market.MaxRoyalty(LemmaRate, 0):F2}; no fee F >= 0 makes the buyer license"));
    }
}
