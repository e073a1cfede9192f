using ScottPlot;

namespace SpareSim.Experiments.Studies.Knofius;

/// <summary>
/// The pictures of §4.2 rebuilt from per-instance rows: Fig. 4 (cost composition of CM, AM and Dual,
/// average share of each component over all instances) and Fig. 5 (dual-sourcing instances by the
/// share of the base stock depleted before the first AM order).
/// </summary>
public static class KnofiusFigures
{
    private static readonly string[] Components = ["purchase", "maintenance", "holding", "backorder"];
    private static readonly Color[] Palette = [new(0x1f, 0x77, 0xb4), new(0xff, 0x7f, 0x0e), new(0x2c, 0xa0, 0x2c), new(0xd6, 0x27, 0x28)];

    /// <summary>Average share (%) of each cost component per sourcing option: [option, component].</summary>
    public static double[,] CostComposition(IReadOnlyList<IReadOnlyDictionary<string, double>> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        string[] options = ["cm", "am", "dual"];
        var shares = new double[3, Components.Length];
        for (int o = 0; o < 3; o++)
            for (int c = 0; c < Components.Length; c++)
                shares[o, c] = 100 * rows.Average(r => r[$"{options[o]}_{Components[c]}"] / r[$"{options[o]}_cost"]);
        return shares;
    }

    /// <summary>Fig. 4 as a stacked bar chart.</summary>
    public static void SaveCostComposition(string path, double[,] shares)
    {
        ArgumentNullException.ThrowIfNull(shares);
        var plot = new Plot();
        var bars = new List<Bar>();
        for (int o = 0; o < 3; o++)
        {
            double bottom = 0;
            for (int c = 0; c < Components.Length; c++)
            {
                bars.Add(new Bar { Position = o, ValueBase = bottom, Value = bottom + shares[o, c], FillColor = Palette[c] });
                bottom += shares[o, c];
            }
        }
        plot.Add.Bars(bars);
        plot.Axes.Bottom.SetTicks([0, 1, 2], ["CM only", "AM only", "Dual"]);
        for (int c = 0; c < Components.Length; c++)
            plot.Legend.ManualItems.Add(new LegendItem { LabelText = Components[c], FillColor = Palette[c] });
        plot.ShowLegend(Alignment.UpperRight);
        plot.Axes.SetLimitsY(0, 130);
        plot.Title("Cost composition, average share over the 6561 instances");
        plot.YLabel("share of total cost (%)");
        plot.SavePng(path, 800, 500);
    }

    /// <summary>
    /// Counts of instances by depletion share in bins [0,10), [10,20), …, [90,100]; only instances
    /// where dual sourcing is best and its policy orders AM at some stock level.
    /// </summary>
    public static int[] DepletionHistogram(IReadOnlyList<IReadOnlyDictionary<string, double>> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var counts = new int[10];
        foreach (var r in rows)
        {
            double x = r["dual_depleted_at_first_am_order"];
            if (KnofiusTableBuilder.Best(r) != 2 || double.IsNaN(x)) continue;
            counts[Math.Min((int)Math.Floor(x * 10 + 1e-9), 9)]++;
        }
        return counts;
    }

    /// <summary>Fig. 5 as a bar chart of <see cref="DepletionHistogram"/>.</summary>
    public static void SaveDepletion(string path, int[] counts)
    {
        ArgumentNullException.ThrowIfNull(counts);
        var plot = new Plot();
        var bars = counts.Select((n, i) => new Bar { Position = i, Value = n, FillColor = Palette[0] }).ToList();
        plot.Add.Bars(bars);
        plot.Axes.Bottom.SetTicks(Enumerable.Range(0, 10).Select(i => (double)i).ToArray(),
            Enumerable.Range(0, 10).Select(i => i == 9 ? "90-100" : $"{10 * i}-{10 * i + 9}").ToArray());
        plot.Title("Dual-sourcing instances by stock depleted before the first AM order");
        plot.XLabel("share of the base stock depleted (%)");
        plot.YLabel("instances");
        plot.SavePng(path, 800, 500);
    }
}
