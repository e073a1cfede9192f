namespace SpareSim.Experiments.Studies.LifeCycleCost;

/// <summary>
/// One printed row of Table 2.5 or 2.10 (avg/min/max of K_1/c_p, τ^{A*}(0)/τ^R and
/// c_p^{A*}(0)/c_p^R over the 729 cases at one factor level), with the spec's erratum if any and the cell it concerns
/// (<c>reliability-avg</c> or <c>price-avg</c>).
/// </summary>
public sealed record PublishedRow(string Table, string Factor, double Level, double[] K1, double[] Reliability, double[] Price, string? Erratum = null, string? ErratumCell = null)
{
    /// <summary>Tables 2.5 and 2.10 as transcribed in spec ch2 §2.</summary>
    public static IReadOnlyList<PublishedRow> All { get; } =
    [
        new("2.5", "c_d/c_p", 2, [107, 5, 676], [0.943, 0.872, 0.973], [1.101, 1.063, 1.162]),
        new("2.5", "c_d/c_p", 4, [109, 5, 685], [0.969, 0.928, 0.986], [1.103, 1.064, 1.171]),
        new("2.5", "c_d/c_p", 8, [111, 6, 693], [0.984, 0.961, 0.993], [1.106, 1.065, 1.176]),
        new("2.5", "τ^R", 12, [176, 15, 693], [0.970, 0.909, 0.993], [1.104, 1.078, 1.176]),
        new("2.5", "τ^R", 24, [97, 9, 379], [0.966, 0.894, 0.992], [1.103, 1.072, 1.168]),
        new("2.5", "τ^R", 48, [54, 5, 213], [0.961, 0.872, 0.992], [1.102, 1.063, 1.171]),
        new("2.5", "L^A", 0.25, [128, 8, 693], [0.959, 0.872, 0.989], [1.117, 1.081, 1.176]),
        new("2.5", "L^A", 0.5, [113, 7, 616], [0.965, 0.896, 0.991], [1.105, 1.074, 1.167]),
        new("2.5", "L^A", 1, [87, 5, 480], [0.973, 0.924, 0.992], [1.109, 1.063, 1.145], "c_p-ratio avg 1.109 is a typo (the grand mean 1.103 implies about 1.088)", "price-avg"),
        new("2.5", "N", 25, [24, 5, 72], [0.956, 0.872, 0.989], [1.127, 1.086, 1.176]),
        new("2.5", "N", 100, [71, 15, 213], [0.967, 0.910, 0.991], [1.099, 1.072, 1.132]),
        new("2.5", "N", 400, [232, 49, 693], [0.973, 0.930, 0.992], [1.084, 1.063, 1.111]),
        new("2.10", "c_e/c_d", 4, [107, 5, 673], [0.967, 0.891, 0.993], [1.099, 1.063, 1.155]),
        new("2.10", "c_e/c_d", 8, [109, 5, 683], [0.966, 0.884, 0.993], [1.103, 1.064, 1.162]),
        new("2.10", "c_e/c_d", 16, [111, 6, 692], [0.964, 0.872, 0.993], [1.107, 1.065, 1.176]),
        new("2.10", "T", 60, [63, 5, 261], [0.959, 0.872, 0.989], [1.109, 1.063, 1.176]),
        new("2.10", "T", 120, [98, 8, 405], [0.967, 0.896, 0.992], [1.102, 1.066, 1.167]),
        new("2.10", "T", 240, [167, 13, 693], [0.971, 0.909, 0.993], [1.099, 1.069, 1.171]),
        new("2.10", "c_p", 250, [109, 5, 693], [0.956, 0.872, 0.993], [1.103, 1.063, 1.176], "τ-ratio avg 0.956 is a typo (grand mean 0.966)", "reliability-avg"),
        new("2.10", "c_p", 1000, [109, 5, 693], [0.956, 0.872, 0.993], [1.103, 1.063, 1.176], "τ-ratio avg 0.956 is a typo (grand mean 0.966)", "reliability-avg"),
        new("2.10", "c_p", 4000, [109, 5, 693], [0.956, 0.872, 0.993], [1.103, 1.063, 1.176], "τ-ratio avg 0.956 is a typo (grand mean 0.966)", "reliability-avg"),
    ];

    /// <summary>Table 2.8 (ΔK_1 avg/min/max in %, Ñ = U{0.8N, …, 1.2N}) by factor and level; the spec finds it not reproducible.</summary>
    public static IReadOnlyList<(string Factor, double Level, double[] DeltaK1Percent)> Table28 { get; } =
    [
        ("c_d/c_p", 2, [-2.5, -6.7, 0.2]), ("c_d/c_p", 4, [-2.1, -4.4, 2.7]), ("c_d/c_p", 8, [-2.1, -3.8, 1.3]),
        ("τ^R", 12, [-2.4, -3.5, -1.2]), ("τ^R", 24, [-2.2, -4.4, 1.3]), ("τ^R", 48, [-2.2, -6.7, 2.7]),
        ("L^A", 0.25, [-2.4, -3.5, 0.2]), ("L^A", 0.5, [-2.2, -3.9, 2.7]), ("L^A", 1, [-2.2, -6.7, 1.6]),
        ("N", 25, [-2.0, -6.7, 2.7]), ("N", 100, [-2.3, -3.5, -1.1]), ("N", 400, [-2.5, -2.6, -2.2]),
    ];
}
