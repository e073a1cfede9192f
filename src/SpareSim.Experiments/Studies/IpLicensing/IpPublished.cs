namespace SpareSim.Experiments.Studies.IpLicensing;

/// <summary>Tables 5.3 and 5.4 of the thesis as spec B.7 transcribes them: π⁺ and η in %, then C, HS-A, HS-B, HL, DM, DF fractions.</summary>
public static class IpPublished
{
    /// <summary>(subset, level) → π⁺ %, η %, C, HS-A, HS-B, HL, DM, DF.</summary>
    public static IReadOnlyDictionary<(string Subset, double Level), double[]> Rows { get; } = new Dictionary<(string, double), double[]>
    {
        [("λ1+λ2", 6)] = [296, 79, 0.13, 0.11, 0.02, 0, 0.47, 0.27],
        [("λ1+λ2", 12)] = [235, 68, 0.25, 0.10, 0.02, 0, 0.40, 0.23],
        [("λ1+λ2", 24)] = [197, 57, 0.37, 0.09, 0.01, 0, 0.34, 0.19],
        [("w_A/w_T", 0.75)] = [395, 96, 0, 0, 0, 0, 0.67, 0.33],
        [("w_A/w_T", 1)] = [216, 81, 0.08, 0.14, 0, 0, 0.50, 0.29],
        [("w_A/w_T", 1.25)] = [117, 27, 0.67, 0.16, 0.05, 0, 0.04, 0.07],
        [("K_A/K_T", 0.05)] = [266, 74, 0.19, 0.10, 0.02, 0, 0.43, 0.25],
        [("K_A/K_T", 0.1)] = [245, 68, 0.24, 0.11, 0.02, 0, 0.40, 0.23],
        [("K_A/K_T", 0.2)] = [218, 61, 0.31, 0.09, 0.02, 0, 0.37, 0.21],
        // Table 5.3 prints 0.2 for the level Table 5.2 gives as 0.25 (spec B.7).
        [("λ1/λ2", 0.25)] = [236, 71, 0.17, 0.18, 0.05, 0, 0.59, 0.01],
        [("λ1/λ2", 0.5)] = [240, 65, 0.26, 0.12, 0, 0, 0.61, 0.01],
        [("λ1/λ2", 1)] = [253, 68, 0.32, 0, 0, 0, 0, 0.68],
        [("w_T/c", 1.1)] = [365, 79, 0.17, 0.06, 0.03, 0, 0.47, 0.27],
        [("w_T/c", 1.2)] = [207, 68, 0.25, 0.10, 0.01, 0, 0.41, 0.23],
        [("w_T/c", 1.3)] = [157, 57, 0.33, 0.14, 0, 0, 0.33, 0.19],
        [("h", 0.1)] = [213, 61, 0.32, 0.09, 0.02, 0, 0.36, 0.20],
        [("h", 0.15)] = [243, 69, 0.24, 0.10, 0.02, 0, 0.40, 0.24],
        [("h", 0.2)] = [272, 74, 0.18, 0.11, 0.01, 0, 0.44, 0.26],
        [("All", double.NaN)] = [243, 68, 0.25, 0.10, 0.02, 0, 0.40, 0.23],
    };

    /// <summary>The published row, or null.</summary>
    public static double[]? Find(string subset, double level) =>
        Rows.FirstOrDefault(kv => kv.Key.Subset == subset && (kv.Key.Level.Equals(level) || (double.IsNaN(level) && double.IsNaN(kv.Key.Level)))).Value;
}
