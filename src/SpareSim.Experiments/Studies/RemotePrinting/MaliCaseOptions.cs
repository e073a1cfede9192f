namespace SpareSim.Experiments.Studies.RemotePrinting;

/// <summary>Options of <c>experiments/mali-case.json</c>.</summary>
public sealed class MaliCaseOptions
{
    /// <summary>Output folder.</summary>
    public string Output { get; set; } = "results/mali-case";
    /// <summary>The case file.</summary>
    public string Model { get; set; } = "models/remote-mali-parts.json";
    /// <summary>c_e − c_r for the expediting and triple-sourcing policies (Section 3.6.5: 500).</summary>
    public double ExpeditePremium { get; set; } = 500;
    /// <summary>€ per cc of a print (Section 3.6.2: c_p(v) ≈ 0.123 v), to derive the printed volume v = c_p / this.</summary>
    public double PrintCostPerCc { get; set; } = 0.123;
    /// <summary>
    /// Non-stockout probabilities per cycle for the raw-material base stock; empty for Fig. 3.5's
    /// 0.95, 0.99, 0.999 (an array default would be appended to by the configuration binder).
    /// </summary>
    public double[] NonStockoutProbabilities { get; set; } = [];

    /// <summary>The probabilities used: <see cref="NonStockoutProbabilities"/> or Fig. 3.5's.</summary>
    public IReadOnlyList<double> Probabilities => NonStockoutProbabilities.Length > 0 ? NonStockoutProbabilities : [0.95, 0.99, 0.999];
    /// <summary>Relative tolerance on V_s and V_p for a row to count as reproduced.</summary>
    public double Tolerance { get; set; } = 0.01;

    /// <summary>Checks every option; throws naming the key.</summary>
    public void Validate()
    {
        if (string.IsNullOrWhiteSpace(Output)) throw new ArgumentException("output: a folder is required");
        if (!File.Exists(Model)) throw new ArgumentException($"model: file '{Model}' not found");
        if (!(ExpeditePremium > 0) || !double.IsFinite(ExpeditePremium)) throw new ArgumentException($"expeditePremium: must be positive and finite, got {ExpeditePremium}");
        if (!(PrintCostPerCc > 0) || !double.IsFinite(PrintCostPerCc)) throw new ArgumentException($"printCostPerCc: must be positive and finite, got {PrintCostPerCc}");
        if (NonStockoutProbabilities.Any(p => !(p > 0 && p < 1))) throw new ArgumentException("nonStockoutProbabilities: each must be in (0,1)");
        if (!(Tolerance > 0 && Tolerance < 1)) throw new ArgumentException($"tolerance: must be in (0,1), got {Tolerance}");
    }
}
