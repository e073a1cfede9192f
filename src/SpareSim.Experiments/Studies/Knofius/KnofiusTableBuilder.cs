namespace SpareSim.Experiments.Studies.Knofius;

/// <summary>
/// Rebuilds Table 2 (averages per parameter level) and Table 4 (minima and maxima) of Knofius et
/// al. (2020) from per-instance results (rows of <c>instances.parquet</c> / the CSV), in the row
/// order of <see cref="KnofiusPaperTables"/>.
/// </summary>
public static class KnofiusTableBuilder
{
    /// <summary>
    /// Dual counts as best only when strictly cheaper than both singles; costs that agree to this
    /// relative margin are ties (the optimal dual policy can be exactly single sourcing).
    /// </summary>
    public const double TieMargin = 1e-7;

    private static readonly (string Column, double[] Levels)[] Factors =
    [
        ("item", [1, 2, 3]), ("k", [10, 20, 30]), ("lambda_am", [0.0175, 0.035, 0.0525]), ("mu_am", [1, 2, 4]),
        ("cost_am", [10, 20, 30]), ("backorder_cost", [20, 200, 2000]), ("maintenance_cost", [2, 10, 18]), ("holding_rate", [0.15, 0.2, 0.25]),
    ];

    /// <summary>Which sourcing option is best for one row: 0 CM, 1 AM, 2 Dual.</summary>
    /// <remarks>Dual wins only when it saves more than <paramref name="margin"/> (relative) on the best single option.</remarks>
    public static int Best(IReadOnlyDictionary<string, double> row, double margin = TieMargin)
    {
        ArgumentNullException.ThrowIfNull(row);
        double cm = row["cm_cost"], am = row["am_cost"], dual = row["dual_cost"];
        if (dual < Math.Min(cm, am) * (1 - margin)) return 2;
        return cm <= am ? 0 : 1;
    }

    /// <summary>Table 2 values per row: savings vs CM, AM, Best (%), best shares CM, AM, Dual (%), mean base stock CM, AM, Dual.</summary>
    public static double[,] Table2(IReadOnlyList<IReadOnlyDictionary<string, double>> rows, double margin = TieMargin) => Build(rows, g => Table2Cells(g, margin));

    /// <summary>Table 4 values per row: max savings vs CM, AM, Best (%), min base stock CM, AM, Dual, max base stock CM, AM, Dual.</summary>
    public static double[,] Table4(IReadOnlyList<IReadOnlyDictionary<string, double>> rows) => Build(rows, Table4Cells);

    private static double[] Table2Cells(IReadOnlyList<IReadOnlyDictionary<string, double>> g, double margin)
    {
        var best = g.Select(r => Best(r, margin)).ToArray();
        return
        [
            100 * g.Average(r => Saving(r, r["cm_cost"])), 100 * g.Average(r => Saving(r, r["am_cost"])), 100 * g.Average(r => Saving(r, BestSingle(r))),
            100.0 * best.Count(b => b == 0) / g.Count, 100.0 * best.Count(b => b == 1) / g.Count, 100.0 * best.Count(b => b == 2) / g.Count,
            g.Average(r => r["cm_base_stock"]), g.Average(r => r["am_base_stock"]), g.Average(r => r["dual_base_stock"]),
        ];
    }

    private static double[] Table4Cells(IReadOnlyList<IReadOnlyDictionary<string, double>> g) =>
    [
        100 * g.Max(r => Saving(r, r["cm_cost"])), 100 * g.Max(r => Saving(r, r["am_cost"])), 100 * g.Max(r => Saving(r, BestSingle(r))),
        g.Min(r => r["cm_base_stock"]), g.Min(r => r["am_base_stock"]), g.Min(r => r["dual_base_stock"]),
        g.Max(r => r["cm_base_stock"]), g.Max(r => r["am_base_stock"]), g.Max(r => r["dual_base_stock"]),
    ];

    /// <summary>(C_x − C_dual)/C_x.</summary>
    public static double Saving(IReadOnlyDictionary<string, double> row, double single)
    {
        ArgumentNullException.ThrowIfNull(row);
        return (single - row["dual_cost"]) / single;
    }

    /// <summary>min(C_CM, C_AM).</summary>
    public static double BestSingle(IReadOnlyDictionary<string, double> row)
    {
        ArgumentNullException.ThrowIfNull(row);
        return Math.Min(row["cm_cost"], row["am_cost"]);
    }

    private static double[,] Build(IReadOnlyList<IReadOnlyDictionary<string, double>> rows, Func<IReadOnlyList<IReadOnlyDictionary<string, double>>, double[]> cells)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var table = new double[Factors.Length * 3, 9];
        int r = 0;
        foreach (var (column, levels) in Factors)
            foreach (double level in levels)
            {
                var group = rows.Where(x => Math.Abs(x[column] - level) <= 1e-9 * Math.Max(1, level)).ToList();
                if (group.Count == 0) throw new InvalidOperationException($"no instance with {column} = {level}");
                var values = cells(group);
                for (int c = 0; c < 9; c++) table[r, c] = values[c];
                r++;
            }
        return table;
    }
}
