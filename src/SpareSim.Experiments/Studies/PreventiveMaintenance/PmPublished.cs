namespace SpareSim.Experiments.Studies.PreventiveMaintenance;

/// <summary>
/// Chapter 4's published numbers (spec A.9) and the reference re-implementation's values (spec A.10,
/// [REIMPL], not thesis results), for the reports' comparison columns.
/// </summary>
public static class PmPublished
{
    /// <summary>Figure 4.3 annotations g*_B, g*_TR, g*_DA.</summary>
    public static readonly double[] BaseCaseRates = [3.79, 3.73, 3.6];

    /// <summary>The re-implementation's g* (B, TR, DA) on the 1-day grid.</summary>
    public static readonly double[] ReimplementedRates = [3.7852, 3.7384, 3.6391];

    /// <summary>The re-implementation's thresholds: (591), (478, 461), (494, 482, 112).</summary>
    public static readonly string[] ReimplementedDecisions = ["(591)", "(478, 461)", "(494, 482, 112)"];

    /// <summary>"TR and DA beat B by 2% and 5%" (L7123–7124).</summary>
    public static readonly double[] BaseCaseSavings = [0.02, 0.05];

    /// <summary>Table 4.3 rows (X, Y, Δ_g avg/min/max, Δ_t avg/min/max), in %.</summary>
    public static readonly (string X, string Y, double[] Values)[] Table43 =
    [
        ("TR", "B", [1.2, -12, 9, -19.1, -31, -8]),
        ("DA", "B", [4.4, -11, 16, -16.2, -31, -2]),
        ("DA", "TR", [3.2, 0, 12, 2.9, 0, 13]),
    ];

    /// <summary>Instances where DA beats B (L7236).</summary>
    public const int DaWins = 196;

    /// <summary>Table 4.4: (α_p, c_p, c_r, c_f, b, Δ_g(DA,B) %, Δ_t(DA,B) %).</summary>
    public static readonly double[][] Table44 =
    [
        [240, 400, 1600, 200, 25, 16.9, -13.4],
        [240, 400, 1200, 800, 50, 12.6, -4.5],
        [80, 600, 800, 400, 100, -0.7, -18.2],
        [160, 600, 800, 200, 50, -3.6, -24.6],
        [80, 800, 800, 200, 100, -7.2, -27.7],
    ];

    /// <summary>Table 4.5: ρ of Δ_g(DA,B) with (μ_r/c_r)/(μ_p/c_p), c_f/c_m, b/h.</summary>
    public static readonly double[] Table45 = [0.8, 0.41, -0.39];

    /// <summary>Primary Δ_g(TR,B) and secondary Δ_g(DA,TR) benefits (%) at α_p = 80 and 240 (L7382–7396).</summary>
    public static readonly (double AlphaP, double Primary, double Secondary)[] Benefits = [(80, 1.1, 0.3), (240, 1.2, 6.3)];
}
