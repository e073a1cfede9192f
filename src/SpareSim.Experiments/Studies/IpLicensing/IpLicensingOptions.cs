namespace SpareSim.Experiments.Studies.IpLicensing;

/// <summary>
/// Options of <c>experiments/ip-licensing.json</c>: the figures' assumed inputs (spec B.7), the
/// factors of Table 5.2, the readings of the factorial and the brute-force royalty step.
/// Everything else is Table 5.1 (c = 125 fixed; w_T = c·(w_T/c), w_A = w_T·(w_A/w_T)).
/// </summary>
public sealed class IpLicensingOptions
{
    /// <summary>Output folder.</summary>
    public string Output { get; set; } = "results/ip-licensing";

    /// <summary>Threads (set by <c>--threads</c>).</summary>
    public int DegreeOfParallelism { get; set; } = 2;

    /// <summary>Royalty step of the brute-force search (€).</summary>
    public double BruteForceStep { get; set; } = 0.05;

    /// <summary>z of Figures 5.2–5.5 (not given by the thesis).</summary>
    public double FigureSafetyFactor { get; set; }

    /// <summary>λ₁, λ₂ of Figure 5.3 (not given by the thesis; λ₁ + λ₂ = 15 as Table 5.1).</summary>
    public List<double> FigureRates { get; set; } = [5, 10];

    /// <summary>Grid points per axis of Figures 5.4 and 5.5.</summary>
    public int MapSteps { get; set; } = 60;

    /// <summary>λ = λ₁ + λ₂ levels.</summary>
    public List<double> TotalRates { get; set; } = [6, 12, 24];

    /// <summary>w_T/c levels.</summary>
    public List<double> MarginRatios { get; set; } = [1.1, 1.2, 1.3];

    /// <summary>w_A/w_T levels.</summary>
    public List<double> PriceRatios { get; set; } = [0.75, 1, 1.25];

    /// <summary>h levels.</summary>
    public List<double> HoldingRates { get; set; } = [0.1, 0.15, 0.2];

    /// <summary>K_A/K_T levels.</summary>
    public List<double> OrderCostRatios { get; set; } = [0.05, 0.1, 0.2];

    /// <summary>λ₁/λ₂ levels (Table 5.2 prints 0.25, Table 5.3 0.2; spec B.7).</summary>
    public List<double> BuyerRatios { get; set; } = [0.25, 0.5, 1];

    /// <summary>The readings of the factorial.</summary>
    public List<FactorialReading> Readings { get; set; } =
    [
        new() { Name = "literal", TraditionalOrderCost = 2500, SafetyFactors = [0, 1.645] },
        new() { Name = "probe", TraditionalOrderCost = 500, SafetyFactors = [0] },
    ];

    /// <summary>Binds the file plus overrides and validates; unknown keys are errors.</summary>
    public static IpLicensingOptions Load(string experimentFile, IEnumerable<string> overrides)
    {
        var o = StudyOptionsLoader.Load<IpLicensingOptions>(experimentFile, overrides, typeof(FactorialReading));
        o.Validate();
        return o;
    }

    /// <summary>Throws <see cref="ArgumentException"/> naming the key.</summary>
    public void Validate()
    {
        if (string.IsNullOrWhiteSpace(Output)) throw new ArgumentException("Output: must be a folder");
        if (DegreeOfParallelism < 1) throw new ArgumentException($"DegreeOfParallelism: at least 1, got {DegreeOfParallelism}");
        if (!(BruteForceStep > 0) || BruteForceStep > 10) throw new ArgumentException($"BruteForceStep: must be in (0, 10], got {BruteForceStep}");
        if (!double.IsFinite(FigureSafetyFactor)) throw new ArgumentException("FigureSafetyFactor: must be finite");
        if (FigureRates.Count != 2 || FigureRates.Any(l => !(l > 0)) || FigureRates[0] >= FigureRates[1]) throw new ArgumentException("FigureRates: two rates 0 < λ1 < λ2");
        if (MapSteps is < 5 or > 400) throw new ArgumentException($"MapSteps: must be in [5, 400], got {MapSteps}");
        Positive(TotalRates, "TotalRates");
        Positive(MarginRatios, "MarginRatios");
        if (MarginRatios.Any(x => x < 1)) throw new ArgumentException("MarginRatios: w_T/c must be >= 1");
        Positive(PriceRatios, "PriceRatios");
        Positive(HoldingRates, "HoldingRates");
        Positive(OrderCostRatios, "OrderCostRatios");
        Positive(BuyerRatios, "BuyerRatios");
        if (BuyerRatios.Any(x => x > 1)) throw new ArgumentException("BuyerRatios: λ1/λ2 must be <= 1");
        if (Readings.Count == 0) throw new ArgumentException("Readings: at least one");
        for (int i = 0; i < Readings.Count; i++)
        {
            var r = Readings[i];
            if (string.IsNullOrWhiteSpace(r.Name)) throw new ArgumentException($"Readings:{i}:Name: required");
            if (!(r.TraditionalOrderCost > 0)) throw new ArgumentException($"Readings:{i}:TraditionalOrderCost: must be > 0");
            if (r.SafetyFactors.Count == 0 || r.SafetyFactors.Any(z => !double.IsFinite(z))) throw new ArgumentException($"Readings:{i}:SafetyFactors: finite values, at least one");
            if (r.SafetyFactors.Distinct().Count() != r.SafetyFactors.Count) throw new ArgumentException($"Readings:{i}:SafetyFactors: levels must differ");
        }
        if (Readings.Select(r => r.Name).Distinct().Count() != Readings.Count) throw new ArgumentException("Readings: names must differ");
    }

    private static void Positive(List<double> levels, string key)
    {
        if (levels.Count == 0) throw new ArgumentException($"{key}: at least one level");
        if (levels.Any(x => !(x > 0) || !double.IsFinite(x))) throw new ArgumentException($"{key}: levels must be finite and > 0");
        if (levels.Distinct().Count() != levels.Count) throw new ArgumentException($"{key}: levels must differ");
    }
}
