using System.Globalization;
using ScottPlot;
using SpareSim.Analytics.IpLicensing;

namespace SpareSim.Experiments.Studies.IpLicensing;

/// <summary>
/// Figures 5.2–5.5 of the thesis, shapes only: their inputs are partly unstated (spec B.7), so z,
/// w_A and λ₁, λ₂ are the study's options, named in each title.
/// </summary>
public static class IpFigures
{
    /// <summary>Figure 5.2: a single buyer's licence income F̄(r) + λr against r, from π(F̄(0), 0) down to π(0, r̄(0)) (value destruction by royalties).</summary>
    public static void Figure52(string path, double safetyFactor)
    {
        var plot = new Plot();
        Color[] colors = [Colors.Blue, Colors.Red];
        double[] zs = [safetyFactor, safetyFactor == 0 ? 1.645 : 0];
        for (int k = 0; k < zs.Length; k++)
        {
            var m = IpLicenceMarket.Table51(safetyFactor: zs[k]);
            double top = m.MaxRoyalty(15, 0);
            var rs = Enumerable.Range(0, 201).Select(i => top * i / 200).ToArray();
            var line = plot.Add.ScatterLine(rs, rs.Select(r => m.MaxFee(15, r) + 15 * r).ToArray());
            line.Color = colors[k];
            line.LineWidth = 2;
            line.LegendText = Inv($"z = {zs[k]:G4}: π(Fmax(0), 0) = {m.MaxFee(15, 0):F1}, π(0, rmax(0)) = {15 * top:F1} (rmax(0) = {top:F2})");
        }
        var margin = plot.Add.HorizontalLine(15 * 25);
        margin.LinePattern = LinePattern.Dashed;
        margin.Color = Colors.Gray;
        margin.LegendText = "traditional margin λ(w_T − c) = 375";
        plot.XLabel("royalty r (€/unit), fee F = Fmax(r) (the plot font has no F-bar)");
        plot.YLabel("OEM profit from the licensee (€/year)");
        plot.Title("Figure 5.2: royalties destroy value (Table 5.1, λ = 15, w_A = w_T)");
        plot.ShowLegend(Alignment.LowerLeft);
        plot.SavePng(path, 900, 560);
    }

    /// <summary>Figure 5.3: (a) the two buyers' zero-surplus lines F̄_i(r) with points 1–5 at w_A = w_T; (b) r̂ against w_A − w_T.</summary>
    public static void Figure53(string pathA, string pathB, IReadOnlyList<double> rates, double safetyFactor)
    {
        var m = IpLicenceMarket.Table51(safetyFactor: safetyFactor);
        double l1 = rates[0], l2 = rates[1];
        double r1 = m.MaxRoyalty(l1, 0), r2 = m.MaxRoyalty(l2, 0);
        var hat = TwoBuyerContract.EqualSurplusContract(m, [l1, l2])!.Value;
        var plot = new Plot();
        double top = Math.Max(r1, r2);
        var rs = Enumerable.Range(0, 201).Select(i => top * i / 200).ToArray();
        foreach (var (l, color) in new[] { (l1, Colors.Blue), (l2, Colors.Red) })
        {
            var line = plot.Add.ScatterLine(rs, rs.Select(r => m.MaxFee(l, r)).ToArray());
            line.Color = color;
            line.LineWidth = 2;
            line.LegendText = Inv($"Fmax(r) = F-bar(r) of buyer λ = {l:G4}");
        }
        (double R, double F, string Label)[] points = [(0, m.MaxFee(l1, 0), "1"), (0, m.MaxFee(l2, 0), "2"), (hat.Royalty, hat.Fee, "3"), (r2, 0, "4"), (r1, 0, "5")];
        foreach (var (r, f, label) in points)
        {
            var p = plot.Add.ScatterPoints(new[] { r }, new[] { f });
            p.Color = Colors.Black;
            p.MarkerSize = 9;
            var text = plot.Add.Text(label, r, f);
            text.LabelFontSize = 16;
            text.OffsetX = 6;
        }
        plot.Add.HorizontalLine(0).Color = Colors.Gray;
        plot.XLabel("royalty r (€/unit)");
        plot.YLabel("fee F (€/year) leaving zero surplus");
        plot.Title(Inv($"Figure 5.3a: buyers λ1 = {l1:G4}, λ2 = {l2:G4}, w_A = w_T, z = {safetyFactor:G4}; r̂ = {hat.Royalty:F2}, F̂ = {hat.Fee:F1}"));
        plot.ShowLegend(Alignment.UpperRight);
        plot.SavePng(pathA, 900, 560);

        var b = new Plot();
        var xs = Enumerable.Range(0, 161).Select(i => -80 + i).ToArray().Select(x => (double)x).ToArray();
        var ys = xs.Select(x => TwoBuyerContract.EqualSurplusContract(IpLicenceMarket.Table51(printPrice: 150 + x, safetyFactor: safetyFactor), [l1, l2])!.Value.Royalty).ToArray();
        var curve = b.Add.ScatterLine(xs, ys);
        curve.LineWidth = 2;
        curve.LegendText = "r̂ (Lemma 5.2)";
        b.Add.HorizontalLine(0).Color = Colors.Gray;
        b.XLabel("w_A − w_T (€/unit)");
        b.YLabel("r̂ (€/unit)");
        b.Title(Inv($"Figure 5.3b: r̂ falls one for one with w_A (λ1 = {l1:G4}, λ2 = {l2:G4}, z = {safetyFactor:G4})"));
        b.ShowLegend(Alignment.UpperRight);
        b.SavePng(pathB, 900, 560);
    }

    /// <summary>The solved grid of Figures 5.4–5.5: λ₁/λ₂ ∈ (0, 1] by w_A/w_T ∈ (0, 1.5], λ₁ + λ₂ = 15, Table 5.1 otherwise.</summary>
    public static (double[] Ratios, double[] Prices, TwoBuyerContract[,] Problems) Map(int steps, double safetyFactor, int threads)
    {
        var ratios = Enumerable.Range(1, steps).Select(i => (double)i / steps).ToArray();
        var prices = Enumerable.Range(1, steps).Select(i => 1.5 * i / steps).ToArray();
        var problems = new TwoBuyerContract[steps, steps];
        Parallel.For(0, steps, new ParallelOptions { MaxDegreeOfParallelism = threads }, j =>
        {
            for (int i = 0; i < steps; i++)
                problems[j, i] = new TwoBuyerContract(IpLicenceMarket.Table51(printPrice: 150 * prices[j], safetyFactor: safetyFactor),
                    [15 * ratios[i] / (1 + ratios[i]), 15 / (1 + ratios[i])]);
        });
        return (ratios, prices, problems);
    }

    /// <summary>Figure 5.4: the optimal configuration over the map.</summary>
    public static void Figure54(string path, double[] ratios, double[] prices, TwoBuyerContract[,] problems, double safetyFactor)
    {
        var plot = new Plot();
        var colors = new Dictionary<SupplyChainConfiguration, Color>
        {
            [SupplyChainConfiguration.C] = Colors.Gray, [SupplyChainConfiguration.DF] = Colors.Red, [SupplyChainConfiguration.DM] = Colors.Gold,
            [SupplyChainConfiguration.HL] = Colors.Blue, [SupplyChainConfiguration.HSA] = Colors.Green, [SupplyChainConfiguration.HSB] = Colors.LightGreen,
        };
        float size = Math.Max(2f, 520f / ratios.Length);
        foreach (var c in SupplyChainConfigurations.All)
        {
            var xs = new List<double>();
            var ys = new List<double>();
            for (int j = 0; j < prices.Length; j++)
                for (int i = 0; i < ratios.Length; i++)
                    if (problems[j, i].Classify(problems[j, i].Optimal.Outcome) == c) { xs.Add(ratios[i]); ys.Add(prices[j]); }
            if (xs.Count == 0) continue;
            var points = plot.Add.ScatterPoints(xs.ToArray(), ys.ToArray());
            points.MarkerShape = MarkerShape.FilledSquare;
            points.MarkerSize = size;
            points.Color = colors[c];
            points.LegendText = Inv($"{c.Label()} ({xs.Count} cells)");
        }
        plot.XLabel("buyer size ratio λ1/λ2");
        plot.YLabel("unit price ratio w_A/w_T");
        plot.Title(Inv($"Figure 5.4: optimal supply-chain configuration (Table 5.1, λ1 + λ2 = 15, z = {safetyFactor:G4})"));
        plot.ShowLegend(Alignment.UpperLeft);
        plot.SavePng(path, 900, 700);
    }

    /// <summary>Figure 5.5: (a) the OEM's profit ratio π⁺ and (b) the supply-chain efficiency H over the map.</summary>
    public static void Figure55(string pathA, string pathB, double[] ratios, double[] prices, TwoBuyerContract[,] problems, double safetyFactor)
    {
        Heat(pathA, ratios, prices, problems, m => m.ProfitRatio, Inv($"Figure 5.5a: OEM profit ratio π⁺ = π*/π(∞,0) (λ1 + λ2 = 15, z = {safetyFactor:G4})"));
        Heat(pathB, ratios, prices, problems, m => m.Efficiency, Inv($"Figure 5.5b: supply-chain efficiency H (λ1 + λ2 = 15, z = {safetyFactor:G4})"));
    }

    private static void Heat(string path, double[] ratios, double[] prices, TwoBuyerContract[,] problems, Func<ContractMetrics, double> value, string title)
    {
        int ny = prices.Length, nx = ratios.Length;
        var data = new double[ny, nx];
        for (int j = 0; j < ny; j++)
            for (int i = 0; i < nx; i++)
                data[ny - 1 - j, i] = value(ContractMetrics.Of(problems[j, i], problems[j, i].Optimal.Outcome));
        var plot = new Plot();
        var heat = plot.Add.Heatmap(data);
        heat.Extent = new CoordinateRect(ratios[0] - 0.5 / nx, ratios[^1] + 0.5 / nx, prices[0] - 0.75 / ny, prices[^1] + 0.75 / ny);
        heat.Colormap = new ScottPlot.Colormaps.Viridis();
        plot.Add.ColorBar(heat);
        plot.XLabel("buyer size ratio λ1/λ2");
        plot.YLabel("unit price ratio w_A/w_T");
        plot.Title(title);
        plot.SavePng(path, 900, 700);
    }

    private static string Inv(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
